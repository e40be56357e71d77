#include "ImportMappingPage.h"

#include "FileDialog.h"
#include "ImportStyle.h"
#include "ImportWizard.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString MappingDirKey = QStringLiteral("import/mappingDirectory");

// Customer keys: one of them finds a row's customer.
bool isCustomerKey(const ImportField &field)
{
    return field.key.startsWith(QLatin1String("customer_"))
           && field.key != QLatin1String("customer_name");
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Columns and fields"));
    setSubTitle(tr("Choose the file's column for each field of the archive. The columns were "
                   "matched by their names; a field left empty is not imported."));

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("importFields"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);

    m_duplicates = new QComboBox(this);
    m_duplicates->setObjectName(QStringLiteral("importDuplicates"));
    m_duplicates->addItem(tr("Skip the row"), int(ImportMapping::OnDuplicate::Skip));
    m_duplicates->addItem(tr("Update the customer with the row's values"),
                          int(ImportMapping::OnDuplicate::Update));
    m_duplicates->addItem(tr("Create another customer"), int(ImportMapping::OnDuplicate::Create));
    m_createMissing = new QCheckBox(tr("Create customers &not in the archive (needs the "
                                       "customer's name)"),
                                    this);
    m_createMissing->setObjectName(QStringLiteral("importCreateMissing"));
    m_skipInvalid = new QCheckBox(tr("Leave out rows &with errors and import the rest"), this);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(QStringLiteral("importDateFormat"));
    m_dateFormat->addItem(tr("Automatic (decided for each column)"), QStringLiteral("auto"));
    const QDateTime example(QDate(2020, 3, 18), QTime(14, 5, 30));
    for (const char *format : {"yyyy-MM-dd",
                               "yyyy/M/d",
                               "d.M.yyyy",
                               "M/d/yyyy",
                               "d/M/yyyy",
                               "yyyy-MM-dd HH:mm:ss",
                               "yyyy/M/d H:mm"}) {
        const QString f = QString::fromLatin1(format);
        m_dateFormat->addItem(tr("%1 (as in %2)").arg(f, example.toString(f)), f);
    }
    m_decimal = new QComboBox(this);
    m_decimal->setObjectName(QStringLiteral("importDecimal"));
    m_decimal->addItem(tr("Point (1234.56)"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma (1234,56)"), QStringLiteral(","));
    m_missing = new QLineEdit(this);
    m_missing->setObjectName(QStringLiteral("importMissingValues"));
    m_missing->setPlaceholderText(tr("for example: unknown, N/A, -"));

    auto *options = new QFormLayout;
    ImportStyle::prepareForm(options);
    m_duplicatesLabel = new QLabel(tr("Customer already in the &archive:"), this);
    m_duplicatesLabel->setBuddy(m_duplicates);
    options->addRow(m_duplicatesLabel, m_duplicates);
    options->addRow(m_createMissing);
    options->addRow(m_skipInvalid);
    auto *dateLabel = new QLabel(tr("Dates are &written as:"), this);
    dateLabel->setBuddy(m_dateFormat);
    options->addRow(dateLabel, m_dateFormat);
    auto *decimalLabel = new QLabel(tr("Decimal &separator:"), this);
    decimalLabel->setBuddy(m_decimal);
    options->addRow(decimalLabel, m_decimal);
    auto *missingLabel = new QLabel(tr("Cells meaning \"no &value\":"), this);
    missingLabel->setBuddy(m_missing);
    options->addRow(missingLabel, m_missing);

    m_load = new QPushButton(tr("&Load mapping…"), this);
    m_load->setObjectName(QStringLiteral("importLoadMapping"));
    m_save = new QPushButton(tr("Save &mapping…"), this);
    m_save->setObjectName(QStringLiteral("importSaveMapping"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    m_error = ImportStyle::errorLabel(this, QStringLiteral("importMappingError"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_legend);
    layout->addLayout(options);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
}

QComboBox *ImportMappingPage::columnCombo(const QString &fieldKey) const
{
    for (const Row &row : m_rows)
        if (row.key == fieldKey)
            return row.combo;
    return nullptr;
}

QLabel *ImportMappingPage::sampleLabel(const QString &fieldKey) const
{
    for (const Row &row : m_rows)
        if (row.key == fieldKey)
            return row.sample;
    return nullptr;
}

void ImportMappingPage::initializePage()
{
    const QStringList &header = m_wizard->preview().layout.header;
    const QString shownFor = QStringList {m_wizard->path(),
                                          ImportFields::kindKey(m_wizard->kind()),
                                          header.join(QChar(0x1f))}
                                     .join(QChar(0x1e));
    if (shownFor == m_shownFor)
        return; // back and forth: the user's choices stay
    m_shownFor = shownFor;
    buildFields();
    ImportMapping m = mapping(); // the options stay as they were chosen
    m.columns = ImportMapping::guess(m_wizard->kind(), header).columns;
    setMapping(m);
    m_error->hide();
    if (!m_rows.isEmpty())
        m_rows.front().combo->setFocus(Qt::OtherFocusReason);
}

void ImportMappingPage::buildFields()
{
    m_rows.clear();
    m_fieldsBox = new QWidget;
    m_grid = new QGridLayout(m_fieldsBox);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 2);
    m_scroll->setWidget(m_fieldsBox); // deletes the previous kind's fields

    const ImportKind kind = m_wizard->kind();
    const QStringList &header = m_wizard->preview().layout.header;
    auto *fieldHead = new QLabel(tr("Field of the archive"), m_fieldsBox);
    auto *columnHead = new QLabel(tr("Column of the file"), m_fieldsBox);
    auto *sampleHead = new QLabel(tr("Values in the first rows"), m_fieldsBox);
    for (QLabel *head : {fieldHead, columnHead, sampleHead}) {
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
    }
    m_grid->addWidget(fieldHead, 0, 0);
    m_grid->addWidget(columnHead, 0, 1);
    m_grid->addWidget(sampleHead, 0, 2);
    bool anyKey = false;
    bool anyRequired = false;
    QWidget *previous = nullptr;
    for (const ImportField &field : ImportFields::fields(kind)) {
        Row row;
        row.key = field.key;
        const bool key = field.required && isCustomerKey(field);
        anyKey = anyKey || key;
        anyRequired = anyRequired || (field.required && !key);
        row.label = new QLabel(key              ? tr("%1 †").arg(field.label)
                               : field.required ? tr("%1 *").arg(field.label)
                                                : field.label,
                               m_fieldsBox);
        row.combo = new QComboBox(m_fieldsBox);
        row.combo->setObjectName(QStringLiteral("importColumn_%1").arg(field.key));
        row.combo->setAccessibleName(field.label);
        row.combo->addItem(tr("(not imported)"), QString());
        for (const QString &column : header)
            row.combo->addItem(column.isEmpty() ? tr("(column without a name)") : column, column);
        row.label->setBuddy(row.combo);
        row.sample = new QLabel(m_fieldsBox);
        row.sample->setTextFormat(Qt::PlainText);
        row.sample->setMinimumWidth(10);
        row.sample->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        const int r = int(m_rows.size()) + 1;
        m_grid->addWidget(row.label, r, 0);
        m_grid->addWidget(row.combo, r, 1);
        m_grid->addWidget(row.sample, r, 2);
        if (previous)
            setTabOrder(previous, row.combo);
        previous = row.combo;
        m_rows.append(row);
        connect(row.combo, &QComboBox::currentIndexChanged, this, [this, r] {
            showSample(r - 1);
            m_error->hide();
        });
    }
    m_grid->setRowStretch(int(m_rows.size()) + 1, 1);
    if (previous)
        setTabOrder(previous, m_duplicates);

    QStringList legend;
    if (anyRequired)
        legend << tr("* must be filled in every row.");
    if (anyKey)
        legend << tr("† finds the row's customer: one of these is enough.");
    if (kind == ImportKind::Customers)
        legend << tr("Phone, email or external id finds customers already in the archive.");
    m_legend->setText(legend.join(QLatin1Char(' ')));
    const bool customers = kind == ImportKind::Customers;
    m_duplicates->setVisible(customers);
    m_duplicatesLabel->setVisible(customers);
    m_createMissing->setVisible(!customers);
}

void ImportMappingPage::showSample(int index)
{
    const Row &row = m_rows.at(index);
    const int column = row.combo->currentIndex() - 1;
    QStringList values;
    if (column >= 0) {
        for (const QStringList &r : m_wizard->preview().rows) {
            const QString v = column < r.size() ? r.at(column).trimmed() : QString();
            if (!v.isEmpty() && !values.contains(v))
                values.append(v);
            if (values.size() == 3)
                break;
        }
    }
    QStringList shown;
    for (const QString &v : std::as_const(values))
        shown.append(ImportStyle::shortened(v, 40));
    row.sample->setText(column < 0         ? QString()
                        : values.isEmpty() ? tr("(empty in the first rows)")
                                           : shown.join(QStringLiteral("  ·  ")));
    row.sample->setToolTip(values.join(QLatin1Char('\n')));
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping m;
    m.kind = m_wizard->kind();
    for (const Row &row : m_rows) {
        const QString column = row.combo->currentData().toString();
        if (row.combo->currentIndex() > 0)
            m.columns.insert(row.key, column);
    }
    m.onDuplicate = ImportMapping::OnDuplicate(m_duplicates->currentData().toInt());
    m.createMissingCustomers = m.kind != ImportKind::Customers && m_createMissing->isChecked();
    m.skipInvalidRows = m_skipInvalid->isChecked();
    m.dateFormat = m_dateFormat->currentData().toString();
    m.decimalSeparator = m_decimal->currentData().toString().front();
    for (const QString &token : m_missing->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!token.trimmed().isEmpty())
            m.missingValues.append(token.trimmed());
    return m;
}

void ImportMappingPage::setMapping(const ImportMapping &mapping)
{
    for (const Row &row : std::as_const(m_rows)) {
        const auto it = mapping.columns.constFind(row.key);
        const int index = it == mapping.columns.cend() ? 0 : row.combo->findData(*it);
        row.combo->setCurrentIndex(std::max(0, index));
        showSample(int(&row - m_rows.constData()));
    }
    m_duplicates->setCurrentIndex(std::max(0, m_duplicates->findData(int(mapping.onDuplicate))));
    m_createMissing->setChecked(mapping.createMissingCustomers);
    m_skipInvalid->setChecked(mapping.skipInvalidRows);
    int date = m_dateFormat->findData(mapping.dateFormat);
    if (date < 0) {
        m_dateFormat->addItem(mapping.dateFormat, mapping.dateFormat);
        date = m_dateFormat->count() - 1;
    }
    m_dateFormat->setCurrentIndex(date);
    m_decimal->setCurrentIndex(std::max(0, m_decimal->findData(QString(mapping.decimalSeparator))));
    m_missing->setText(mapping.missingValues.join(QStringLiteral(", ")));
}

bool ImportMappingPage::validatePage()
{
    const QStringList problems = mapping().problems(m_wizard->preview().layout.header);
    if (problems.isEmpty()) {
        m_error->hide();
        return true;
    }
    showError(problems);
    // The keyboard goes to the first required field left unmapped.
    const QList<ImportField> fields = ImportFields::fields(m_wizard->kind());
    for (const Row &row : std::as_const(m_rows)) {
        const auto field = std::find_if(fields.cbegin(), fields.cend(), [&row](const auto &f) {
            return f.key == row.key;
        });
        if (field != fields.cend() && field->required && row.combo->currentIndex() == 0) {
            row.combo->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return false;
}

void ImportMappingPage::showError(const QStringList &problems)
{
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->show();
}

void ImportMappingPage::loadMapping()
{
    const QString path = FileDialog::openFileName(this,
                                                  tr("Load a mapping"),
                                                  QSettings().value(MappingDirKey).toString(),
                                                  tr("Mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(MappingDirKey, QFileInfo(path).absolutePath());
    QFile file(path);
    Result<ImportMapping> loaded = makeError(Error::Code::NotFound, QString());
    if (file.open(QIODevice::ReadOnly))
        loaded = ImportMapping::fromJson(file.readAll());
    else
        loaded = makeError(Error::Code::NotFound, file.errorString());
    if (loaded && loaded->kind != m_wizard->kind())
        loaded = makeError(Error::Code::Invalid,
                           tr("This mapping is for %1, but the file is being imported as %2. "
                              "Go back to the first step to change what the file holds.")
                                   .arg(ImportFields::kindName(loaded->kind),
                                        ImportFields::kindName(m_wizard->kind())));
    if (!loaded) {
        MessageBox::inform(this,
                           QMessageBox::Warning,
                           tr("Load a mapping"),
                           tr("The mapping %1 cannot be used: %2")
                                   .arg(QFileInfo(path).fileName(), loaded.error().message));
        return;
    }
    setMapping(loaded.value());
    const QStringList problems = loaded->problems(m_wizard->preview().layout.header);
    if (problems.isEmpty())
        m_error->hide();
    else
        showError(problems);
}

void ImportMappingPage::saveMapping()
{
    const QString dir = QSettings().value(MappingDirKey).toString();
    const QString name = tr("%1 mapping.json").arg(ImportFields::kindName(m_wizard->kind()));
    const QString path = FileDialog::saveFileName(this,
                                                  tr("Save the mapping"),
                                                  dir.isEmpty() ? name : dir + u'/' + name,
                                                  tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(MappingDirKey, QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mapping().toJson()) < 0 || !file.commit())
        MessageBox::inform(this,
                           QMessageBox::Warning,
                           tr("Save the mapping"),
                           tr("The mapping could not be saved as %1: %2")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
}
