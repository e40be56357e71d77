#include "FlowLayout.h"

#include <QApplication>
#include <QCheckBox>
#include <QTest>
#include <QWidget>

// The timeline's kind filters: eight check boxes that must stay visible in a narrow pane.
class tst_FlowLayout : public QObject
{
    Q_OBJECT

private:
    static QList<QCheckBox *> fill(QWidget *host)
    {
        auto *flow = new FlowLayout(host);
        QList<QCheckBox *> boxes;
        for (const char *label : {"消费记录",
                                  "退货记录",
                                  "交互记录",
                                  "新建服务请求",
                                  "服务请求阶段变更",
                                  "投诉",
                                  "投诉状态变更",
                                  "回访"}) {
            auto *box = new QCheckBox(QString::fromUtf8(label), host);
            flow->addWidget(box);
            boxes.append(box);
        }
        return boxes;
    }

private Q_SLOTS:
    void everyItemStaysInsideANarrowWidget()
    {
        QWidget host;
        const QList<QCheckBox *> boxes = fill(&host);
        const int width = 260;
        const int height = host.layout()->heightForWidth(width);
        host.resize(width, height);
        host.layout()->setGeometry(host.rect());
        int lines = 0;
        int lastTop = -1;
        for (QCheckBox *box : boxes) {
            QVERIFY2(host.rect().contains(box->geometry()),
                     qPrintable(box->text() + u" is cut off or outside"_qs));
            if (box->geometry().top() != lastTop) {
                ++lines;
                lastTop = box->geometry().top();
            }
        }
        QVERIFY(lines > 1); // it wrapped
        // No two boxes overlap.
        for (int i = 0; i < boxes.size(); ++i)
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY(!boxes[i]->geometry().intersects(boxes[j]->geometry()));
    }

    void aWideWidgetKeepsOneLine()
    {
        QWidget host;
        const QList<QCheckBox *> boxes = fill(&host);
        const int width = 3000;
        host.resize(width, host.layout()->heightForWidth(width));
        host.layout()->setGeometry(host.rect());
        for (QCheckBox *box : boxes)
            QCOMPARE(box->geometry().top(), boxes.first()->geometry().top());
        QVERIFY(host.layout()->heightForWidth(width) < host.layout()->heightForWidth(260));
    }

    void hiddenItemsTakeNoRoom()
    {
        QWidget host;
        const QList<QCheckBox *> boxes = fill(&host);
        const int before = host.layout()->heightForWidth(260);
        for (int i = 1; i < boxes.size(); ++i)
            boxes[i]->hide();
        QVERIFY(host.layout()->heightForWidth(260) < before);
    }
};

QTEST_MAIN(tst_FlowLayout)
#include "tst_flowlayout.moc"
