#include "ImportReadingPage.h"

#include "ImportStyle.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

ImportReadingPage::ImportReadingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importReadingPage"));
    setTitle(tr("How the file reads"));
    setSubTitle(tr("Check that the rows below look right: names readable, one value per column. "
                   "If they do not, choose the encoding or the delimiter yourself."));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Automatic"), int(CsvTextEncoding::Auto));
    for (CsvTextEncoding e :
         {CsvTextEncoding::Utf8, CsvTextEncoding::Gb18030, CsvTextEncoding::Windows1252})
        m_encoding->addItem(CsvDecoder::displayName(e), int(e));
    m_encodingWhy = new QLabel(this);
    m_encodingWhy->setObjectName(QStringLiteral("importEncodingReason"));
    m_encodingWhy->setWordWrap(true);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Automatic"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterWhy = new QLabel(this);
    m_delimiterWhy->setObjectName(QStringLiteral("importDelimiterReason"));
    m_delimiterWhy->setWordWrap(true);

    m_skippedTitle = new QLabel(this);
    m_skipped = new QListWidget(this);
    m_skipped->setObjectName(QStringLiteral("importSkippedLines"));
    m_skipped->setMaximumHeight(m_skipped->fontMetrics().height() * 4 + 8);
    m_skippedTitle->setBuddy(m_skipped);

    m_tableTitle = new QLabel(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_tableTitle->setBuddy(m_table);

    m_error = ImportStyle::errorLabel(this, QStringLiteral("importReadError"));
    m_reading = new QLabel(tr("Reading the file…"), this);
    m_reading->setObjectName(QStringLiteral("importReading"));
    m_reading->hide();

    // A grid rather than a form: the reasons wrap under their combos without a gap.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    grid->addWidget(encodingLabel, 0, 0);
    grid->addWidget(m_encoding, 0, 1);
    grid->addWidget(m_encodingWhy, 1, 1, 1, 2);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    grid->addWidget(delimiterLabel, 2, 0);
    grid->addWidget(m_delimiter, 2, 1);
    grid->addWidget(m_delimiterWhy, 3, 1, 1, 2);
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_reading);
    layout->addWidget(m_error);
    layout->addWidget(m_skippedTitle);
    layout->addWidget(m_skipped);
    layout->addWidget(m_tableTitle);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::activated, this, &ImportReadingPage::reread);
    connect(m_delimiter, &QComboBox::activated, this, &ImportReadingPage::reread);
}

ImportReadingPage::~ImportReadingPage()
{
    if (m_reader)
        m_reader->wait(); // it writes m_read
}

void ImportReadingPage::initializePage()
{
    const CsvTableOptions &options = m_wizard->csvOptions();
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(options.encoding))));
    m_delimiter->setCurrentIndex(
            std::max(0,
                     m_delimiter->findData(options.delimiter ? QString(*options.delimiter)
                                                             : QString())));
    reread();
    m_encoding->setFocus(Qt::OtherFocusReason);
}

bool ImportReadingPage::isComplete() const
{
    return !m_busy && m_wizard->preview().ok() && !m_wizard->preview().layout.header.isEmpty();
}

void ImportReadingPage::reread()
{
    CsvTableOptions options;
    options.encoding = CsvTextEncoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.front();
    m_wizard->setCsvOptions(options);
    if (m_busy) {
        m_readAgain = true; // with these options, once the read under way ends
        return;
    }
    startReading();
}

void ImportReadingPage::startReading()
{
    m_busy = true;
    m_readAgain = false;
    m_reading->show();
    setCursor(Qt::BusyCursor);
    Q_EMIT completeChanged();
    const QString path = m_wizard->path();
    const CsvTableOptions options = m_wizard->csvOptions();
    m_reader.reset(
            QThread::create([this, path, options] { m_read = CsvPreview::read(path, options); }));
    connect(m_reader.get(), &QThread::finished, this, &ImportReadingPage::readingDone);
    m_reader->start();
}

void ImportReadingPage::readingDone()
{
    m_reader->wait(); // finished() comes just before the thread ends
    if (m_readAgain) {
        startReading();
        return;
    }
    m_busy = false;
    m_reading->hide();
    unsetCursor();
    m_wizard->setPreview(std::move(m_read));
    m_read = {};
    showPreview();
    Q_EMIT completeChanged();
}

void ImportReadingPage::showPreview()
{
    const CsvPreview &p = m_wizard->preview();
    const bool autoEncoding = m_encoding->currentIndex() == 0;
    const bool encodingKnown = p.ok() || !p.layout.header.isEmpty() || !p.encoding.reason.isEmpty();
    m_encoding->setItemText(0,
                            autoEncoding && encodingKnown && !p.encoding.reason.isEmpty()
                                    ? tr("Automatic: %1")
                                              .arg(CsvDecoder::displayName(p.encoding.encoding))
                                    : tr("Automatic"));
    m_encodingWhy->setText(autoEncoding ? p.encoding.reason
                                        : tr("Read as %1, as you chose.")
                                                  .arg(CsvDecoder::displayName(CsvTextEncoding(
                                                          m_encoding->currentData().toInt()))));
    const bool layoutKnown = !p.layout.header.isEmpty();
    const bool autoDelimiter = m_delimiter->currentIndex() == 0;
    m_delimiter->setItemText(0,
                             autoDelimiter && layoutKnown
                                     ? tr("Automatic: %1")
                                               .arg(CsvSniffer::delimiterName(p.layout.delimiter))
                                     : tr("Automatic"));
    m_delimiterWhy->setText(
            layoutKnown
                    ? (autoDelimiter ? p.layout.delimiterReason
                                     : tr("Split at %1, as you chose.")
                                               .arg(CsvSniffer::delimiterName(p.layout.delimiter)))
                    : QString());
    m_delimiterWhy->setVisible(layoutKnown);

    m_error->setVisible(!p.ok());
    if (!p.ok())
        m_error->setText(tr("This file cannot be imported as it is read now: %1")
                                 .arg(p.status.error().message));

    m_skipped->clear();
    for (const CsvSkippedLine &line : p.skipped)
        m_skipped->addItem(CsvSniffer::describe(line));
    m_skippedTitle->setText(
            p.skipped.isEmpty() ? tr("No lines are left out before or among the rows below.")
                                : tr("&Lines left out (not data), up to the last row shown: %L1")
                                          .arg(p.skipped.size()));
    m_skipped->setVisible(!p.skipped.isEmpty());
    m_skippedTitle->setVisible(p.ok() || !p.skipped.isEmpty());

    m_table->clear();
    m_table->setColumnCount(int(p.layout.header.size()));
    m_table->setRowCount(int(p.rows.size()));
    m_table->setHorizontalHeaderLabels(p.layout.header);
    for (int r = 0; r < p.rows.size(); ++r) {
        const QStringList &row = p.rows.at(r);
        for (int c = 0; c < row.size() && c < m_table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(ImportStyle::shortened(row.at(c)));
            if (item->text() != row.at(c))
                item->setToolTip(ImportStyle::shortened(row.at(c), 2000));
            m_table->setItem(r, c, item);
        }
    }
    if (!layoutKnown)
        m_tableTitle->setText(tr("&Rows: none can be shown."));
    else if (p.wholeFile)
        m_tableTitle->setText(tr("&Rows: all %L1 of the file, under the header of line %L2")
                                      .arg(p.rows.size())
                                      .arg(p.layout.headerLine));
    else
        m_tableTitle->setText(tr("&Rows: the first %L1, under the header of line %L2")
                                      .arg(p.rows.size())
                                      .arg(p.layout.headerLine));
}
