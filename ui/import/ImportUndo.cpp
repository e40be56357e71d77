#include "ImportUndo.h"

#include "BackgroundWork.h"
#include "MessageBox.h"
#include "import/ImportLog.h"
#include "storage/Database.h"

#include <QLocale>

bool ImportUndo::confirmAndUndo(QWidget *parent, Database &db, const Actor &actor, const What &what)
{
    const QLocale locale;
    const QString created = tr("The %1 records it created are deleted.")
                                    .arg(locale.toString(what.created));
    const QString updated = what.updated == 0
                                    ? QString()
                                    : tr("The %1 records it updated get their earlier values "
                                         "back.")
                                              .arg(locale.toString(what.updated));
    QStringList text {tr("Undo the import of %1?").arg(what.fileName),
                      created,
                      updated,
                      tr("If any of them was changed since the import, nothing is undone.")};
    text.removeAll(QString());
    const int answer = MessageBox::ask(parent,
                                       QMessageBox::Warning,
                                       tr("Undo import"),
                                       text.join(QLatin1Char(' ')),
                                       {tr("Undo import"), tr("Keep it")});
    if (answer != 0)
        return false;
    const qint64 id = what.importId;
    const Status undone = BackgroundWork::run(parent,
                                              db.address(),
                                              tr("Undo import"),
                                              tr("Undoing the import of %1…").arg(what.fileName),
                                              false,
                                              [id, actor](Database &worker,
                                                          BackgroundWork::Progress &) -> Status {
                                                  return ImportLog(worker, actor).undo(id);
                                              });
    if (!undone) {
        MessageBox::inform(parent,
                           QMessageBox::Warning,
                           tr("Undo import"),
                           tr("The import of %1 was not undone: %2")
                                   .arg(what.fileName, undone.error().message));
        return false;
    }
    return true;
}
