#include "InlineErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

namespace {

const QString ErrorStyle = QStringLiteral("color: #c0392b;");

} // namespace

InlineErrors::InlineErrors(QLabel *banner)
    : m_banner(banner)
{ }

QLabel *InlineErrors::createBanner(QWidget *parent, const QString &objectName)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(objectName);
    banner->setStyleSheet(ErrorStyle);
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->hide();
    return banner;
}

void InlineErrors::addRow(QFormLayout *layout,
                          const QString &label,
                          QWidget *field,
                          const QString &key,
                          const QString &errorName)
{
    auto *container = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto *error = new QLabel(container);
    error->setObjectName(errorName);
    error->setStyleSheet(ErrorStyle);
    error->setWordWrap(true);
    error->hide();
    v->addWidget(error);
    layout->addRow(label, container);
    if (auto *buddy = qobject_cast<QLabel *>(layout->labelForField(container)))
        buddy->setBuddy(field);
    m_order.append(key);
    m_fields.insert(key, Field {field, error});
}

void InlineErrors::clear()
{
    for (const Field &f : std::as_const(m_fields)) {
        f.error->clear();
        f.error->hide();
    }
    m_banner->clear();
    m_banner->hide();
}

void InlineErrors::showField(const QString &key, const QString &message)
{
    const Field f = m_fields.value(key);
    if (!f.error) {
        m_banner->setText(message);
        m_banner->show();
        fitWindow();
        return;
    }
    f.error->setText(message);
    f.error->show();
    fitWindow();
}

void InlineErrors::fitWindow()
{
    // Wrapped messages need more height than the window had; it grows instead of clipping them.
    QWidget *window = m_banner->window();
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->invalidate();
    layout->activate();
    const int needed = window->heightForWidth(window->width());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

QWidget *InlineErrors::show(const Error &error)
{
    clear();
    QStringList unplaced;
    bool messageSaid = false;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (!m_fields.contains(it.key())) {
            unplaced.append(it.value());
            continue;
        }
        showField(it.key(), it.value());
        messageSaid = messageSaid || it.value() == error.message;
    }
    // Core's message is the field's own when one field is wrong; otherwise it sums up ("2 fields
    // need attention") or is the whole story (a conflict, a permission).
    QStringList banner;
    if (!messageSaid)
        banner.append(error.message);
    for (const QString &message : std::as_const(unplaced))
        if (!banner.contains(message))
            banner.append(message);
    if (!banner.isEmpty()) {
        m_banner->setText(banner.join(QLatin1Char('\n')));
        m_banner->show();
        fitWindow();
    }
    for (const QString &key : std::as_const(m_order)) {
        if (error.fieldErrors.contains(key)) {
            QWidget *w = m_fields.value(key).widget;
            w->setFocus(Qt::OtherFocusReason);
            return w;
        }
    }
    return nullptr;
}

QString InlineErrors::fieldMessage(const QString &key) const
{
    const Field f = m_fields.value(key);
    return f.error && !f.error->isHidden() ? f.error->text() : QString();
}

bool InlineErrors::hasErrors() const
{
    if (!m_banner->isHidden())
        return true;
    for (const Field &f : m_fields)
        if (!f.error->isHidden())
            return true;
    return false;
}
