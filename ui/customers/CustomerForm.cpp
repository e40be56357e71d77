#include "CustomerForm.h"

#include "PhoneListEditor.h"
#include "customers/CustomerLabels.h"
#include "customers/CustomerValidator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

template<typename Enum>
void fillCombo(QComboBox *combo, const QList<Enum> &values, QString (*label)(Enum))
{
    for (Enum v : values)
        combo->addItem(label(v), int(v));
}

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

} // namespace

CustomerForm::CustomerForm(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    // 基本信息
    auto *basic = new QGroupBox(tr("Basic information"), content);
    auto *basicForm = new QFormLayout(basic);
    m_code = new QLabel(tr("(assigned on save)"), basic);
    m_code->setObjectName(QStringLiteral("codeLabel"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    basicForm->addRow(tr("Customer code"), m_code);
    m_kind = new QComboBox(basic);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    fillCombo(m_kind, CustomerLabels::kinds(), &CustomerLabels::kind);
    addField(basicForm, tr("Kind"), m_kind, QStringLiteral("kind"));
    m_name = new QLineEdit(basic);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(CustomerValidator::MaxNameLength);
    addField(basicForm, tr("Name *"), m_name, CustomerValidator::Name);
    m_gender = new QComboBox(basic);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    fillCombo(m_gender, CustomerLabels::genders(), &CustomerLabels::gender);
    addField(basicForm, tr("Gender"), m_gender, QStringLiteral("gender"));
    m_birthday = new QLineEdit(basic);
    m_birthday->setObjectName(QStringLiteral("birthdayEdit"));
    m_birthday->setPlaceholderText(tr("e.g. 1990-05-17"));
    addField(basicForm, tr("Birthday"), m_birthday, CustomerValidator::Birthday);
    m_company = new QLineEdit(basic);
    m_company->setObjectName(QStringLiteral("companyEdit"));
    addField(basicForm, tr("Company"), m_company, QStringLiteral("company"));
    m_jobTitle = new QLineEdit(basic);
    m_jobTitle->setObjectName(QStringLiteral("titleEdit"));
    addField(basicForm, tr("Title"), m_jobTitle, QStringLiteral("title"));
    contentLayout->addWidget(basic);

    // 联系方式
    auto *contact = new QGroupBox(tr("Contact details"), content);
    auto *contactForm = new QFormLayout(contact);
    m_phones = new PhoneListEditor(contact);
    m_phones->setObjectName(QStringLiteral("phoneList"));
    m_reveal = new QPushButton(tr("Show full numbers"), contact);
    m_reveal->setObjectName(QStringLiteral("revealPhonesButton"));
    m_reveal->setToolTip(tr("Phone numbers are hidden until needed; showing them is recorded in "
                            "the audit log"));
    auto *phonesBox = new QWidget(contact);
    auto *phonesLayout = new QVBoxLayout(phonesBox);
    phonesLayout->setContentsMargins(0, 0, 0, 0);
    phonesLayout->addWidget(m_phones);
    phonesLayout->addWidget(m_reveal, 0, Qt::AlignLeft);
    contactForm->addRow(tr("Phones"), phonesBox);
    m_email = new QLineEdit(contact);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("e.g. wang.fang@example.com"));
    addField(contactForm, tr("Email"), m_email, CustomerValidator::Email);
    m_mailing = new QLineEdit(contact);
    m_mailing->setObjectName(QStringLiteral("mailingEdit"));
    addField(contactForm, tr("Mailing address"), m_mailing, QStringLiteral("address"));
    m_shipping = new QLineEdit(contact);
    m_shipping->setObjectName(QStringLiteral("shippingEdit"));
    addField(contactForm, tr("Shipping address"), m_shipping, QStringLiteral("shipping"));
    contentLayout->addWidget(contact);

    // 客户细分
    auto *segment = new QGroupBox(tr("Classification"), content);
    auto *segmentForm = new QFormLayout(segment);
    m_source = new QComboBox(segment);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->setEditable(true);
    m_source->addItems({QString(),
                        tr("Store"),
                        tr("Phone"),
                        tr("Website"),
                        tr("WeChat"),
                        tr("Referral"),
                        tr("Trade fair"),
                        tr("Online marketplace"),
                        tr("Advertising")});
    addField(segmentForm, tr("Source channel"), m_source, QStringLiteral("source"));
    m_lifecycle = new QComboBox(segment);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleCombo"));
    fillCombo(m_lifecycle, CustomerLabels::lifecycles(), &CustomerLabels::lifecycle);
    addField(segmentForm, tr("Lifecycle"), m_lifecycle, QStringLiteral("lifecycle"));
    m_tier = new QComboBox(segment);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    fillCombo(m_tier, CustomerLabels::valueTiers(), &CustomerLabels::valueTier);
    addField(segmentForm, tr("Value tier"), m_tier, QStringLiteral("tier"));
    // Both are computed from purchases and contacts (the header above the tabs says why); the
    // profile shows them but does not edit them.
    for (QComboBox *derived : {m_lifecycle, m_tier}) {
        derived->setEnabled(false);
        derived->setFocusPolicy(Qt::NoFocus);
        derived->setToolTip(tr("Computed from the customer's purchases and contacts; the "
                               "line above the tabs explains it."));
    }
    m_tags = new QLineEdit(segment);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Separate tags with commas, e.g. VIP, 会员"));
    addField(segmentForm, tr("Tags"), m_tags, CustomerValidator::Tags);
    m_owner = new QLineEdit(segment);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    addField(segmentForm, tr("Owner"), m_owner, QStringLiteral("owner"));
    contentLayout->addWidget(segment);

    // 备注与授权
    auto *other = new QGroupBox(tr("Notes and consent"), content);
    auto *otherForm = new QFormLayout(other);
    m_notes = new QPlainTextEdit(other);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    addField(otherForm, tr("Preferences and notes"), m_notes, QStringLiteral("notes"));
    m_consent = new QCheckBox(tr("Agrees to receive marketing"), other);
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    addField(otherForm, tr("Marketing consent"), m_consent, QStringLiteral("consent"));
    m_consentDate = new QLineEdit(other);
    m_consentDate->setObjectName(QStringLiteral("consentDateEdit"));
    m_consentDate->setPlaceholderText(tr("today when left empty"));
    addField(otherForm, tr("Consent date"), m_consentDate, CustomerValidator::ConsentDate);
    m_verified = new QLabel(other);
    m_verifyNow = new QPushButton(tr("Verified now"), other);
    m_verifyNow->setObjectName(QStringLiteral("verifyNowButton"));
    m_verifyNow->setToolTip(tr("Record that the customer confirmed these details just now"));
    auto *verifiedRow = new QWidget(other);
    auto *verifiedLayout = new QHBoxLayout(verifiedRow);
    verifiedLayout->setContentsMargins(0, 0, 0, 0);
    verifiedLayout->addWidget(m_verified, 1);
    verifiedLayout->addWidget(m_verifyNow);
    otherForm->addRow(tr("Last verified"), verifiedRow);
    contentLayout->addWidget(other);

    m_stamps = new QLabel(content);
    m_stamps->setObjectName(QStringLiteral("stampsLabel"));
    m_stamps->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_stamps->setWordWrap(true);
    contentLayout->addWidget(m_stamps);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the profile (Ctrl+S)"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Throw away unsaved changes (Esc)"));
    m_archive = new QPushButton(tr("Archive"), this);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_archive);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(createNotice());
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_name,
                            m_birthday,
                            m_company,
                            m_jobTitle,
                            m_email,
                            m_mailing,
                            m_shipping,
                            m_tags,
                            m_owner,
                            m_consentDate})
        connect(edit, &QLineEdit::textEdited, this, &CustomerForm::setDirty);
    for (QComboBox *combo : {m_kind, m_gender})
        connect(combo, &QComboBox::activated, this, &CustomerForm::setDirty);
    connect(m_source, &QComboBox::currentTextChanged, this, &CustomerForm::setDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CustomerForm::setDirty);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        m_consentDate->setEnabled(on);
        setDirty();
    });
    connect(m_phones, &PhoneListEditor::edited, this, &CustomerForm::setDirty);
    connect(m_phones, &PhoneListEditor::rowsChanged, this, &CustomerForm::updateTabOrder);
    connect(m_verifyNow, &QPushButton::clicked, this, [this] {
        m_verifiedAt = QDateTime::currentDateTimeUtc();
        m_verified->setText(QLocale().toString(m_verifiedAt.toLocalTime(), QLocale::ShortFormat));
        setDirty();
    });
    connect(m_save, &QPushButton::clicked, this, &CustomerForm::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &CustomerForm::revertRequested);
    connect(m_archive, &QPushButton::clicked, this, &CustomerForm::archiveRequested);
    connect(m_reveal, &QPushButton::clicked, this, &CustomerForm::revealRequested);

    setCustomer(Customer {});
}

QWidget *CustomerForm::createNotice()
{
    auto *notice = new QFrame(this);
    notice->setObjectName(QStringLiteral("changeNotice"));
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setStyleSheet(QStringLiteral("QFrame#changeNotice { background: #fff4ce;"
                                         " border: 1px solid #e0b400; border-radius: 3px; }"
                                         " QLabel { color: #3d3000; }"));
    m_noticeText = new QLabel(notice);
    m_noticeText->setObjectName(QStringLiteral("changeNoticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeReload = new QPushButton(tr("Reload"), notice);
    m_noticeReload->setObjectName(QStringLiteral("changeNoticeReload"));
    m_noticeReload->setToolTip(tr("Show the profile as stored now; your unsaved edits are lost"));
    auto *close = new QToolButton(notice);
    close->setObjectName(QStringLiteral("changeNoticeClose"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this notice"));
    auto *layout = new QHBoxLayout(notice);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_noticeText, 1);
    layout->addWidget(m_noticeReload);
    layout->addWidget(close);
    notice->hide();
    connect(m_noticeReload, &QPushButton::clicked, this, &CustomerForm::reloadRequested);
    connect(close, &QToolButton::clicked, this, &CustomerForm::hideNotice);
    m_notice = notice;
    return notice;
}

void CustomerForm::showNotice(const QString &text, bool offerReload)
{
    m_noticeText->setText(text);
    m_noticeReload->setVisible(offerReload);
    m_notice->show();
}

void CustomerForm::hideNotice()
{
    m_notice->hide();
}

bool CustomerForm::isNoticeShown() const
{
    return !m_notice->isHidden();
}

QString CustomerForm::noticeText() const
{
    return m_noticeText->text();
}

void CustomerForm::reloadCustomer(const Customer &customer)
{
    QPointer<QWidget> focused = QApplication::focusWidget();
    if (focused && !isAncestorOf(focused))
        focused = nullptr;
    auto *edit = qobject_cast<QLineEdit *>(focused.data());
    const int cursor = edit ? edit->cursorPosition() : -1;
    setCustomer(customer);
    if (!focused) // phone rows are made anew
        return;
    focused->setFocus(Qt::OtherFocusReason);
    if (edit && cursor >= 0)
        edit->setCursorPosition(qMin(cursor, int(edit->text().size())));
}

QWidget *CustomerForm::addField(QFormLayout *layout,
                                const QString &label,
                                QWidget *field,
                                const QString &key)
{
    auto *container = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto *error = new QLabel(container);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setWordWrap(true);
    error->hide();
    v->addWidget(error);
    layout->addRow(label, container);
    m_errorLabels.insert(key, error);
    m_fieldWidgets.insert(key, field);
    return container;
}

// Phone rows are created after the rest of the form; without this they would come last when
// tabbing through the profile.
void CustomerForm::updateTabOrder()
{
    QList<QWidget *> chain {m_kind, m_name, m_gender, m_birthday, m_company, m_jobTitle};
    chain += m_phones->focusChain();
    chain += QList<QWidget *> {m_email,
                               m_mailing,
                               m_shipping,
                               m_source,
                               m_tags,
                               m_owner,
                               m_notes,
                               m_consent,
                               m_consentDate,
                               m_verifyNow,
                               m_archive,
                               m_revert,
                               m_save};
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
}

void CustomerForm::setDirty()
{
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    Q_EMIT dirtyChanged(true);
}

void CustomerForm::markClean()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    Q_EMIT dirtyChanged(false);
}

QString CustomerForm::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate CustomerForm::parseDate(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return {};
    static const QRegularExpression re(
            QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    auto m = re.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    *ok = false;
    return {};
}

void CustomerForm::setCustomer(const Customer &c)
{
    m_loading = true;
    m_loaded = c;
    m_title->setText(c.id ? c.name : tr("New customer"));
    m_code->setText(c.code.isEmpty() ? tr("(assigned on save)") : c.code);
    selectData(m_kind, int(c.kind));
    m_name->setText(c.name);
    selectData(m_gender, int(c.gender));
    m_birthday->setText(dateText(c.birthday));
    m_company->setText(c.company);
    m_jobTitle->setText(c.title);
    m_phones->setPhones(c.phones, c.phonesMasked);
    m_email->setText(c.email);
    m_mailing->setText(c.mailingAddress);
    m_shipping->setText(c.shippingAddress);
    m_source->setCurrentText(c.source);
    selectData(m_lifecycle, int(c.lifecycle));
    selectData(m_tier, int(c.valueTier));
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_owner->setText(c.owner);
    m_notes->setPlainText(c.notes);
    m_consent->setChecked(c.marketingConsent);
    m_consentDate->setEnabled(c.marketingConsent);
    m_consentDate->setText(dateText(c.consentDate));
    m_verifiedAt = c.lastVerifiedAt;
    m_verified->setText(
            c.lastVerifiedAt.isValid()
                    ? QLocale().toString(c.lastVerifiedAt.toLocalTime(), QLocale::ShortFormat)
                    : tr("never"));
    if (c.id) {
        const QLocale locale;
        m_stamps->setText(
                tr("Created by %1 on %2 · last changed by %3 on %4")
                        .arg(c.createdBy,
                             locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat),
                             c.updatedBy,
                             locale.toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_stamps->clear();
    }
    setArchivedState(c.isArchived());
    updateButtons();
    clearErrors();
    hideNotice();
    m_loading = false;
    markClean();
    Q_EMIT loadedChanged();
}

void CustomerForm::setAllowed(bool create, bool edit, bool archive, bool reveal)
{
    m_mayCreate = create;
    m_mayEdit = edit;
    m_mayArchive = archive;
    m_mayReveal = reveal;
    updateButtons();
}

void CustomerForm::setRevealedPhones(const QList<Phone> &phones)
{
    const bool wasLoading = m_loading;
    m_loading = true; // showing the numbers is no edit
    m_loaded.phones = phones;
    m_loaded.phonesMasked = false;
    m_phones->setPhones(phones, false);
    m_loading = wasLoading;
    updateButtons();
}

void CustomerForm::updateButtons()
{
    const bool maySave = m_loaded.id ? m_mayEdit : m_mayCreate;
    m_save->setEnabled(maySave);
    m_revert->setEnabled(maySave);
    m_archive->setEnabled(m_loaded.id != 0 && m_mayArchive);
    m_reveal->setVisible(m_phones->isMasked());
    m_reveal->setEnabled(m_mayReveal);
}

void CustomerForm::setArchivedState(bool archived)
{
    m_archive->setText(archived ? tr("Restore") : tr("Archive"));
    m_archive->setToolTip(archived ? tr("Bring this customer back to the active list")
                                   : tr("Move this customer out of the active list (it can be "
                                        "restored)"));
}

Customer CustomerForm::collect(QHash<QString, QString> *parseErrors) const
{
    Customer c = m_loaded;
    c.kind = CustomerKind(m_kind->currentData().toInt());
    c.name = m_name->text();
    c.gender = Gender(m_gender->currentData().toInt());
    bool ok = true;
    c.birthday = parseDate(m_birthday->text(), &ok);
    if (!ok && parseErrors)
        parseErrors->insert(CustomerValidator::Birthday,
                            tr("Enter the date as year-month-day, e.g. 1990-05-17."));
    c.company = m_company->text();
    c.title = m_jobTitle->text();
    c.phones = m_phones->phones();
    c.phonesMasked = m_phones->isMasked(); // core keeps the stored numbers then
    c.email = m_email->text();
    c.mailingAddress = m_mailing->text();
    c.shippingAddress = m_shipping->text();
    c.source = m_source->currentText();
    c.lifecycle = Lifecycle(m_lifecycle->currentData().toInt());
    c.valueTier = ValueTier(m_tier->currentData().toInt());
    c.tags = m_tags->text().split(QRegularExpression(QStringLiteral("[,，;；]")),
                                  Qt::SkipEmptyParts);
    c.owner = m_owner->text();
    c.notes = m_notes->toPlainText();
    c.marketingConsent = m_consent->isChecked();
    c.consentDate = parseDate(m_consentDate->text(), &ok);
    if (!ok && parseErrors)
        parseErrors->insert(CustomerValidator::ConsentDate,
                            tr("Enter the date as year-month-day, e.g. 2026-11-23."));
    c.lastVerifiedAt = m_verifiedAt;
    return c;
}

void CustomerForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_phones->clearErrors();
}

void CustomerForm::showErrors(const QHash<QString, QString> &errors)
{
    clearErrors();
    QWidget *first = nullptr;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (it.key().startsWith(QStringLiteral("phone."))) {
            const int index = it.key().mid(6).toInt();
            m_phones->setError(index, it.value());
            if (!first)
                first = m_phones->numberEdit(index);
            continue;
        }
        QLabel *label = m_errorLabels.value(it.key());
        if (!label)
            label = m_errorLabels.value(CustomerValidator::Name);
        label->setText(it.value());
        label->show();
        if (!first)
            first = m_fieldWidgets.value(it.key());
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void CustomerForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}
