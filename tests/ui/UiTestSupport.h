#pragma once

#include "FileDialog.h"
#include "MessageBox.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

// For initTestCase(): settings and paths of their own, and no dialog that waits for a click.
inline void prepareUnattendedUi()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setUnattended(true);
    FileDialog::setUnattended(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceArchiveTests"));
}

// QTest::keyClicks only knows ASCII; Chinese text arrives as key events carrying the text, as an
// input method commits it.
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}
