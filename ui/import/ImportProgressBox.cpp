#include "ImportProgressBox.h"

#include "ImportJob.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

ImportProgressBox::ImportProgressBox(ImportJob *job, QWidget *parent)
    : QWidget(parent)
    , m_job(job)
{
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("importStop"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 0, 0, 1, 2);
    layout->addWidget(m_bar, 1, 0);
    layout->addWidget(m_cancel, 1, 1);
    hide();

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_text->setText(tr("Stopping…"));
    });
    connect(job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_bar->setValue(int(std::min<qint64>(done * 1000 / total, 1000)));
    });
    connect(job, &ImportJob::finished, this, &QWidget::hide);
}

void ImportProgressBox::begin(const QString &text, const QString &stopText)
{
    m_text->setText(text);
    m_cancel->setText(stopText);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    show();
    m_cancel->setFocus(Qt::OtherFocusReason);
}
