#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// The look the wizard's pages share.
class ImportStyle
{
public:
    // A hidden, word-wrapped label for a page's error, in the palette's warning colour.
    static QLabel *errorLabel(QWidget *parent, const QString &objectName);
    // Labels beside their fields, rows growing with long (Chinese or German) labels.
    static void prepareForm(QFormLayout *form);
    // Shows at most about a line of a cell: line breaks as ↵, long text cut with …
    static QString shortened(const QString &text, int maxChars = 120);
};
