#include "ImportStyle.h"

#include <QFormLayout>
#include <QLabel>

QLabel *ImportStyle::errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void ImportStyle::prepareForm(QFormLayout *form)
{
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QString ImportStyle::shortened(const QString &text, int maxChars)
{
    QString s = text;
    s.replace(QLatin1String("\r\n"), QStringLiteral(" ↵ "));
    s.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    s.replace(QLatin1Char('\r'), QStringLiteral(" ↵ "));
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}
