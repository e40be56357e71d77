#include "ReportParamsForm.h"

#include "history/ChoiceLists.h"
#include "history/InlineErrors.h"
#include "reports/Report.h"
#include "security/UserRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {

// A day as typed: ISO (2025-07-01), 2025/7/1, or the locale's short format; invalid otherwise.
QDate parseDay(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return QLocale().toDate(t, QLocale::ShortFormat);
}

int clampInt(qint64 v)
{
    return int(
            std::clamp<qint64>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace

ReportParamsForm::ReportParamsForm(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_banner = InlineErrors::createBanner(this, QStringLiteral("paramsBanner"));
    outer->addWidget(m_banner);
    m_none = new QLabel(tr("This report has no parameters."), this);
    m_none->setObjectName(QStringLiteral("noParameters"));
    m_none->hide();
    outer->addWidget(m_none);
    auto *fields = new QWidget(this);
    m_layout = new QFormLayout(fields);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addWidget(fields);
    m_errors = std::make_unique<InlineErrors>(m_banner);
}

ReportParamsForm::~ReportParamsForm() = default;

void ReportParamsForm::setReport(const Report *report)
{
    if (m_report)
        m_kept.insert(m_report->name(), editorStates());
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_errors = std::make_unique<InlineErrors>(m_banner);
    m_errors->clear();
    m_report = report;
    m_parameters = report ? report->parameters() : QList<ReportParameter>();
    for (const ReportParameter &p : std::as_const(m_parameters)) {
        QWidget *editor = createEditor(p);
        editor->setObjectName(QStringLiteral("param_") + p.key);
        editor->setToolTip(p.help);
        editor->setWhatsThis(p.help);
        m_editors.insert(p.key, editor);
        m_errors->addRow(m_layout,
                         tr("%1:").arg(p.label),
                         editor,
                         p.key,
                         QStringLiteral("paramError_") + p.key);
    }
    m_none->setVisible(report && m_parameters.isEmpty());
    if (report)
        restore(m_kept.value(report->name()));
}

QWidget *ReportParamsForm::createEditor(const ReportParameter &p)
{
    switch (p.type) {
    case ReportParameterType::Date: {
        auto *edit = new QLineEdit(this);
        //: Placeholder of an empty date parameter: no limit on that side
        edit->setPlaceholderText(
                tr("Any day (e.g. %1)").arg(QDate::currentDate().toString(Qt::ISODate)));
        if (p.defaultValue.isValid())
            edit->setText(p.defaultValue.toDate().toString(Qt::ISODate));
        return edit;
    }
    case ReportParameterType::Integer: {
        auto *spin = new QSpinBox(this);
        if (p.minimum < p.maximum)
            spin->setRange(clampInt(p.minimum), clampInt(p.maximum));
        else
            spin->setRange(0, std::numeric_limits<int>::max());
        spin->setValue(clampInt(p.defaultValue.toLongLong()));
        spin->setAccelerated(true);
        return spin;
    }
    case ReportParameterType::Choice:
    case ReportParameterType::User: {
        auto *combo = new QComboBox(this);
        if (!p.required)
            combo->addItem(p.type == ReportParameterType::User ? tr("Everyone") : tr("Any"),
                           QString());
        if (p.type == ReportParameterType::User) {
            const Result<QList<User>> staff = UserRepository(m_db).staff(m_actor);
            if (staff) {
                for (const User &u : staff.value())
                    combo->addItem(u.displayName.isEmpty() || u.displayName == u.login
                                           ? u.login
                                           : tr("%1 (%2)").arg(u.displayName, u.login),
                                   u.login);
            }
        } else if (!p.choiceList.isEmpty()) {
            const Result<QList<Choice>> entries = ChoiceLists(m_db).entries(m_actor, p.choiceList);
            if (entries) {
                for (const Choice &c : entries.value())
                    if (c.parent.isEmpty())
                        combo->addItem(c.label, c.code);
            }
        } else {
            for (const ReportChoice &c : p.choices)
                combo->addItem(c.label, c.code);
        }
        const int at = combo->findData(p.defaultValue.toString());
        combo->setCurrentIndex(at >= 0 ? at : 0);
        return combo;
    }
    case ReportParameterType::Text:
        break;
    }
    auto *edit = new QLineEdit(this);
    edit->setText(p.defaultValue.toString());
    edit->setClearButtonEnabled(true);
    return edit;
}

QVariant ReportParamsForm::valueOf(const ReportParameter &p) const
{
    QWidget *w = m_editors.value(p.key);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData();
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return qint64(spin->value());
    auto *edit = qobject_cast<QLineEdit *>(w);
    if (!edit)
        return {};
    const QString text = edit->text().trimmed();
    if (p.type != ReportParameterType::Date || text.isEmpty())
        return text;
    const QDate day = parseDay(text);
    // Text that is no day goes to ReportParams as it is, which says so.
    return day.isValid() ? QVariant(day) : QVariant(text);
}

Result<ReportParams> ReportParamsForm::params()
{
    m_errors->clear();
    if (!m_report)
        return makeError(Error::Code::Invalid, tr("Choose a report first."));
    QVariantHash values;
    for (const ReportParameter &p : std::as_const(m_parameters))
        values.insert(p.key, valueOf(p));
    Result<ReportParams> checked = ReportParams::fromValues(*m_report, values);
    if (!checked)
        m_errors->show(checked.error());
    return checked;
}

QList<QWidget *> ReportParamsForm::editors() const
{
    QList<QWidget *> out;
    for (const ReportParameter &p : m_parameters)
        if (QWidget *w = m_editors.value(p.key))
            out.append(w);
    return out;
}

QString ReportParamsForm::errorFor(const QString &key) const
{
    return m_errors->fieldMessage(key);
}

QString ReportParamsForm::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ReportParamsForm::clearErrors()
{
    m_errors->clear();
}

void ReportParamsForm::focusFirst()
{
    for (const ReportParameter &p : std::as_const(m_parameters)) {
        if (QWidget *w = m_editors.value(p.key)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void ReportParamsForm::keyPressEvent(QKeyEvent *event)
{
    // The fields pass Return on (a combo box with its list closed, a line edit, a spin box).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT submitted();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QVariantHash ReportParamsForm::editorStates() const
{
    QVariantHash states;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            states.insert(it.key(), combo->currentData());
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            states.insert(it.key(), spin->value());
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            states.insert(it.key(), edit->text());
    }
    return states;
}

void ReportParamsForm::restore(const QVariantHash &states)
{
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QWidget *w = m_editors.value(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const int at = combo->findData(it.value());
            if (at >= 0)
                combo->setCurrentIndex(at);
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(it.value().toInt());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setText(it.value().toString());
        }
    }
}
