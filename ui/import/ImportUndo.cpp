#include "ImportUndo.h"

#include "BackgroundWork.h"
#include "MessageBox.h"
#include "import/ImportLog.h"
#include "storage/Database.h"

#include <QLocale>

bool ImportUndo::confirmAndUndo(QWidget *parent, Database &db, const Actor &actor, const What &what)
{
    const QLocale locale;
    const int answer = MessageBox::ask(
            parent,
            QMessageBox::Warning,
            tr("Undo import"),
            tr("Undo the import of %1? The %2 record(s) it created are deleted and the %3 it "
               "updated get their earlier values back. Records changed since the import stop the "
               "undo; nothing is then changed.")
                    .arg(what.fileName,
                         locale.toString(what.created),
                         locale.toString(what.updated)),
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
