#include "ScoreButtons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

ScoreButtons::ScoreButtons(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 3);
    layout->setSpacing(4);
    for (int score = 1; score <= 5; ++score) {
        // "&1 …": Alt+1 sets the score wherever the keyboard is in the dialog.
        auto *b = new QPushButton(tr("&%1 %2").arg(score).arg(label(score)), this);
        b->setObjectName(QStringLiteral("csatButton%1").arg(score));
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus); // the row takes the keys, not each button
        // The keyboard stays where it was (typing the outcome, say).
        connect(b, &QPushButton::clicked, this, [this, score] {
            setScore(m_score == score ? 0 : score);
        });
        layout->addWidget(b);
        m_buttons.append(b);
    }
    layout->addStretch(1);
    setToolTip(tr("Keys 1 to 5 set the score, 0 clears it (not asked)."));
}

QString ScoreButtons::label(int score)
{
    switch (score) {
    case 1:
        return tr("Very dissatisfied");
    case 2:
        return tr("Dissatisfied");
    case 3:
        return tr("Neutral");
    case 4:
        return tr("Satisfied");
    case 5:
        return tr("Very satisfied");
    }
    return tr("Not asked");
}

QPushButton *ScoreButtons::button(int score) const
{
    return score >= 1 && score <= int(m_buttons.size()) ? m_buttons.at(score - 1) : nullptr;
}

void ScoreButtons::setScore(int score)
{
    score = score >= 1 && score <= 5 ? score : 0;
    for (int i = 0; i < int(m_buttons.size()); ++i)
        m_buttons.at(i)->setChecked(i + 1 == score);
    if (score == m_score)
        return;
    m_score = score;
    Q_EMIT scoreChanged(score);
}

void ScoreButtons::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        setScore(key - Qt::Key_0);
    } else if (key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        setScore(0);
    } else if (key == Qt::Key_Right || key == Qt::Key_Up) {
        setScore(qMin(5, m_score + 1));
    } else if (key == Qt::Key_Left || key == Qt::Key_Down) {
        setScore(qMax(1, m_score - 1));
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ScoreButtons::paintEvent(QPaintEvent *)
{
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.backgroundColor = palette().color(QPalette::Window);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

void ScoreButtons::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void ScoreButtons::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}
