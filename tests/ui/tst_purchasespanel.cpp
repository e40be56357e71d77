#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "customers/CustomerRepository.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "history/PagedRowsModel.h"
#include "history/PurchaseDialog.h"
#include "history/PurchaseRepository.h"
#include "history/PurchasesPanel.h"
#include "history/ReturnDialog.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

// The widget that receives what the keyboard types now.
QWidget *focused()
{
    return QApplication::focusWidget();
}

// The focused widget's objectName; for a spin box, its own (its line edit has the focus).
QString focusedName()
{
    QWidget *w = focused();
    if (!w)
        return QString();
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
        return spin->objectName();
    return w->objectName();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
}

} // namespace

// The Purchases tab driven the way the front desk works: keyboard first.
class tst_PurchasesPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PurchasesPanel> m_panel;
    qint64 m_customer = 0;

    const Actor m_actor = Fixtures::alice();

    template<typename T>
    T *find(QWidget *in, const char *name) const
    {
        T *w = in->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    QList<Purchase> stored() const
    {
        PurchaseRepository purchases(*m_db);
        const Result<HistoryPage<Purchase>> page = purchases.forCustomer(m_actor, m_customer);
        if (!page)
            qWarning("%s", qPrintable(page.error().message));
        return page ? page->rows : QList<Purchase>();
    }

    Purchase addStored(const QString &product, qint64 quantity, qint64 unitPrice)
    {
        Purchase p;
        p.customerId = m_customer;
        p.purchasedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        p.product = product;
        p.category = u"家电"_s;
        p.quantity = quantity;
        p.unitPrice = unitPrice;
        p.paymentMethod = u"cash"_s;
        p.channel = u""_s;
        p.notes = u""_s;
        PurchaseRepository purchases(*m_db);
        const Result<Purchase> r = purchases.create(m_actor, p);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? *r : Purchase {};
    }

    QString cell(int row, int column) const
    {
        return m_panel->model()->index(row, column).data().toString();
    }

    // The dialog the panel opened, shown and active, with the keyboard in it.
    template<typename T>
    T *openedDialog()
    {
        auto *dialog = qobject_cast<T *>(m_panel->activeDialog());
        // Not QTest::qWaitForWindowActive: a dialog counts as active while its parent is.
        if (!dialog || !QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
            return nullptr;
        return dialog;
    }

    // Selects a row of the table with the arrow keys.
    void selectRowByKeyboard(int row)
    {
        QTableView *view = m_panel->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(view, Qt::Key_Down);
    }

    void showPanel(const Actor &actor)
    {
        m_panel = std::make_unique<PurchasesPanel>(*m_db, actor);
        m_panel->resize(900, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        // The primary audience's locale: amounts as ¥7,999.00 whatever the machine says.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }

    void init()
    {
        m_archive = std::make_unique<TempArchive>();
        m_db = m_archive->open();
        QVERIFY(m_db);
        CustomerRepository customers(*m_db);
        const Result<Customer> c = customers.create(m_actor,
                                                    Fixtures::person(u"王芳"_s, {u"13812345678"_s}));
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        m_customer = c->id;
        showPanel(m_actor);
    }

    void cleanup()
    {
        m_panel.reset();
        m_db.reset();
        m_archive.reset();
    }

    void unsavedProfileHasNothingToRecord()
    {
        m_panel->showCustomer(0);
        auto *empty = find<QLabel>(m_panel.get(), "purchasesEmpty");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), PurchasesPanel::tr("Save the profile first to record purchases."));
        QVERIFY(!m_panel->view()->isVisible());
        QVERIFY(!find<QPushButton>(m_panel.get(), "newPurchaseButton")->isEnabled());
        QVERIFY(!find<QPushButton>(m_panel.get(), "addReturnButton")->isEnabled());
        m_panel->newPurchase();
        QVERIFY(!m_panel->activeDialog());
    }

    void customerWithoutPurchasesSaysHowToRecordOne()
    {
        m_panel->showCustomer(m_customer);
        auto *empty = find<QLabel>(m_panel.get(), "purchasesEmpty");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(),
                 PurchasesPanel::tr("No purchases yet. Record one with Ctrl+Shift+P."));
        auto *newButton = find<QPushButton>(m_panel.get(), "newPurchaseButton");
        QVERIFY(newButton->isEnabled());
        QVERIFY(newButton->toolTip().contains(u"Ctrl+Shift+P"_s));
        QVERIFY(!find<QPushButton>(m_panel.get(), "addReturnButton")->isEnabled());
    }

    void recordsPurchaseWithKeyboardAlone()
    {
        m_panel->showCustomer(m_customer);
        QSignalSpy changed(m_panel.get(), &PurchasesPanel::changed);
        m_panel->newPurchase(); // what Ctrl+Shift+P does in the workspace
        auto *dialog = openedDialog<PurchaseDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"purchaseDialog"_s);
        QCOMPARE(find<QDateEdit>(dialog, "purchaseDateEdit")->date(), QDate::currentDate());
        QCOMPARE(focusedName(), u"productEdit"_s);

        typeText(focused(), u"空调"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"categoryEdit"_s);
        typeText(focused(), u"家电"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"quantitySpin"_s);
        QTest::keyClicks(focused(), u"2"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"unitPriceEdit"_s);
        QTest::keyClicks(focused(), u"3999.50"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"amountEdit"_s);
        // The amount follows quantity × unit price while the user has not typed one.
        QCOMPARE(find<QLineEdit>(dialog, "amountEdit")->text(), HistoryLabels::moneyPlain(799900));
        QVERIFY(!find<QLineEdit>(dialog, "amountEdit")->placeholderText().isEmpty());
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"paymentMethodCombo"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"channelEdit"_s);
        typeText(focused(), u"门店"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"purchaseNotesEdit"_s);
        typeText(focused(), u"送货上门"_s);
        // Tab leaves the notes instead of landing in them.
        press(Qt::Key_Tab);
        QVERIFY(focusedName() != u"purchaseNotesEdit"_s);
        QCOMPARE(find<QPlainTextEdit>(dialog, "purchaseNotesEdit")->toPlainText(), u"送货上门"_s);
        press(Qt::Key_Tab, Qt::ShiftModifier);
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focusedName(), u"channelEdit"_s);
        QPointer<PurchaseDialog> guard(dialog);
        press(Qt::Key_Return);

        QTRY_VERIFY(!guard || !guard->isVisible());
        QVERIFY(!m_panel->activeDialog());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QVERIFY(m_panel->view()->isVisible());
        QCOMPARE(cell(0, PurchasesPanel::ProductColumn), u"空调"_s);
        QCOMPARE(cell(0, PurchasesPanel::QuantityColumn), u"2"_s);
        QCOMPARE(cell(0, PurchasesPanel::UnitPriceColumn), HistoryLabels::money(399950));
        QCOMPARE(cell(0, PurchasesPanel::AmountColumn), HistoryLabels::money(799900));
        QCOMPARE(cell(0, PurchasesPanel::AmountColumn), u"¥7,999.00"_s);
        QCOMPARE(m_panel->model()->index(0, PurchasesPanel::AmountColumn)
                                 .data(Qt::TextAlignmentRole)
                                 .value<Qt::Alignment>()
                         & Qt::AlignRight,
                 Qt::AlignRight);
        QCOMPARE(cell(0, PurchasesPanel::PaymentMethodColumn),
                 ChoiceLists(*m_db).label(ChoiceLists::PaymentMethod, u"cash"_s));
        QCOMPARE(cell(0, PurchasesPanel::ChannelColumn), u"门店"_s);

        const QList<Purchase> purchases = stored();
        QCOMPARE(purchases.size(), 1);
        const Purchase &p = purchases.first();
        QCOMPARE(p.product, u"空调"_s);
        QCOMPARE(p.category, u"家电"_s);
        QCOMPARE(p.quantity, qint64(2));
        QCOMPARE(p.unitPrice, qint64(399950));
        QCOMPARE(p.amount, qint64(799900));
        QCOMPARE(p.refunded, qint64(0));
        QCOMPARE(p.paymentMethod, u"cash"_s); // the first of the list is the default
        QCOMPARE(p.channel, u"门店"_s);
        QCOMPARE(p.notes, u"送货上门"_s);
        QCOMPARE(p.purchasedAt.toLocalTime().date(), QDate::currentDate());
        // The new purchase is selected, ready for a return.
        QCOMPARE(m_panel->selectedPurchaseId(), p.id);
        QVERIFY(find<QPushButton>(m_panel.get(), "addReturnButton")->isEnabled());
    }

    void emptyProductIsRefusedAndKeepsWhatWasTyped()
    {
        m_panel->showCustomer(m_customer);
        QSignalSpy changed(m_panel.get(), &PurchasesPanel::changed);
        m_panel->newPurchase();
        auto *dialog = openedDialog<PurchaseDialog>();
        QVERIFY(dialog);
        press(Qt::Key_Tab);
        typeText(focused(), u"家电"_s);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"unitPriceEdit"_s);
        QTest::keyClicks(focused(), u"12.5"_s);
        press(Qt::Key_Return);

        auto *productError = find<QLabel>(dialog, "productError");
        QVERIFY(productError->isVisible());
        QVERIFY(!productError->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_panel->activeDialog(), dialog);
        QCOMPARE(focusedName(), u"productEdit"_s); // the offending field has the keyboard
        QCOMPARE(find<QLineEdit>(dialog, "categoryEdit")->text(), u"家电"_s);
        QCOMPARE(find<QLineEdit>(dialog, "unitPriceEdit")->text(), u"12.5"_s);
        QCOMPARE(find<QLineEdit>(dialog, "amountEdit")->text(), HistoryLabels::moneyPlain(1250));
        QVERIFY(stored().isEmpty());
        QCOMPARE(changed.count(), 0);

        // Corrected, it saves, and the message is gone with the dialog.
        typeText(focused(), u"电饭煲"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_panel->activeDialog());
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().product, u"电饭煲"_s);
        QCOMPARE(stored().first().amount, qint64(1250));
        QCOMPARE(changed.count(), 1);
    }

    void unreadableAmountIsRefusedBeforeCore()
    {
        m_panel->showCustomer(m_customer);
        m_panel->newPurchase();
        auto *dialog = openedDialog<PurchaseDialog>();
        QVERIFY(dialog);
        typeText(focused(), u"空调"_s);
        auto *price = find<QLineEdit>(dialog, "unitPriceEdit");
        price->setFocus();
        QTest::keyClicks(price, u"39,99.5.0"_s);
        QVERIFY(find<QLineEdit>(dialog, "amountEdit")->text().isEmpty());
        press(Qt::Key_Return);

        auto *error = find<QLabel>(dialog, "unitPriceError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"39,99.5.0"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(focusedName(), u"unitPriceEdit"_s);
        QCOMPARE(price->text(), u"39,99.5.0"_s);
        QVERIFY(stored().isEmpty());

        // A typed amount (a discount) wins over quantity × unit price.
        price->selectAll();
        QTest::keyClicks(price, u"100"_s);
        auto *amount = find<QLineEdit>(dialog, "amountEdit");
        QCOMPARE(amount->text(), HistoryLabels::moneyPlain(10000));
        amount->setFocus();
        amount->selectAll();
        QTest::keyClicks(amount, u"90"_s);
        auto *quantity = find<QSpinBox>(dialog, "quantitySpin");
        quantity->setValue(3);
        QCOMPARE(amount->text(), u"90"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_panel->activeDialog());
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().quantity, qint64(3));
        QCOMPARE(stored().first().unitPrice, qint64(10000));
        QCOMPARE(stored().first().amount, qint64(9000));
    }

    void returnBeyondWhatIsLeftIsRefused()
    {
        const Purchase p = addStored(u"电饭煲"_s, 1, 10000);
        QVERIFY(p.id);
        m_panel->showCustomer(m_customer);
        QCOMPARE(m_panel->model()->rowCount(), 1);
        auto *addReturn = find<QPushButton>(m_panel.get(), "addReturnButton");
        QVERIFY(!addReturn->isEnabled());
        selectRowByKeyboard(0);
        QCOMPARE(m_panel->selectedPurchaseId(), p.id);
        QVERIFY(addReturn->isEnabled());
        QSignalSpy changed(m_panel.get(), &PurchasesPanel::changed);
        QTest::keyClick(addReturn, Qt::Key_Space);

        auto *dialog = openedDialog<ReturnDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"returnDialog"_s);
        QVERIFY(find<QLabel>(dialog, "returnPurchaseSummary")->text().contains(u"电饭煲"_s));
        QVERIFY(find<QComboBox>(dialog, "returnReasonCombo")->count() > 0);
        auto *refunded = find<QLineEdit>(dialog, "refundedEdit");
        QCOMPARE(refunded->text(), HistoryLabels::moneyPlain(10000)); // what is left
        refunded->setFocus();
        refunded->selectAll();
        QTest::keyClicks(refunded, u"100.01"_s);
        press(Qt::Key_Return);

        QVERIFY(dialog->isVisible());
        // Core's message, under the refund: it names what is left.
        auto *error = find<QLabel>(dialog, "refundedError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(HistoryLabels::money(10000)), qPrintable(error->text()));
        QCOMPARE(focusedName(), u"refundedEdit"_s);
        QCOMPARE(refunded->text(), u"100.01"_s);
        PurchaseRepository purchases(*m_db);
        QVERIFY(purchases.returnsOf(m_actor, p.id)->isEmpty());
        QCOMPARE(purchases.get(m_actor, p.id)->refunded, qint64(0));
        QCOMPARE(changed.count(), 0);
        QVERIFY(cell(0, PurchasesPanel::RefundedColumn).isEmpty());
    }

    void returnWithinTheLimitShowsInRefunded()
    {
        const Purchase p = addStored(u"电饭煲"_s, 1, 10000);
        QVERIFY(p.id);
        m_panel->showCustomer(m_customer);
        selectRowByKeyboard(0);
        QSignalSpy changed(m_panel.get(), &PurchasesPanel::changed);
        QTest::keyClick(m_panel->returnButton(), Qt::Key_Space);
        auto *dialog = openedDialog<ReturnDialog>();
        QVERIFY(dialog);
        QCOMPARE(focusedName(), u"returnReasonCombo"_s);
        press(Qt::Key_Down); // the second reason
        const QString reason = find<QComboBox>(dialog, "returnReasonCombo")->currentData().toString();
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"refundedEdit"_s);
        QTest::keyClicks(focused(), u"30"_s);
        press(Qt::Key_Return);

        QTRY_VERIFY(!m_panel->activeDialog());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(0, PurchasesPanel::RefundedColumn), HistoryLabels::money(3000));
        PurchaseRepository purchases(*m_db);
        const Result<QList<PurchaseReturn>> returns = purchases.returnsOf(m_actor, p.id);
        QVERIFY(returns);
        QCOMPARE(returns->size(), 1);
        QCOMPARE(returns->first().refunded, qint64(3000));
        QCOMPARE(returns->first().reason, reason);
        QCOMPARE(purchases.get(m_actor, p.id)->refunded, qint64(3000));

        // The rest can still be refunded; once it is, there is nothing left to return.
        QCOMPARE(m_panel->selectedPurchaseId(), p.id);
        QVERIFY(m_panel->returnButton()->isEnabled());
        m_panel->addReturn();
        dialog = openedDialog<ReturnDialog>();
        QVERIFY(dialog);
        QCOMPARE(find<QLineEdit>(dialog, "refundedEdit")->text(), HistoryLabels::moneyPlain(7000));
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_panel->activeDialog());
        QCOMPARE(cell(0, PurchasesPanel::RefundedColumn), HistoryLabels::money(10000));
        QVERIFY(!m_panel->returnButton()->isEnabled());
    }

    void enterOnRowCorrectsPurchase()
    {
        const Purchase p = addStored(u"空凋"_s, 1, 50000);
        QVERIFY(p.id);
        m_panel->showCustomer(m_customer);
        selectRowByKeyboard(0);
        QTest::keyClick(m_panel->view(), Qt::Key_Return);
        auto *dialog = openedDialog<PurchaseDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isNew());
        auto *product = find<QLineEdit>(dialog, "productEdit");
        QCOMPARE(product->text(), u"空凋"_s);
        QCOMPARE(find<QLineEdit>(dialog, "amountEdit")->text(), HistoryLabels::moneyPlain(50000));
        product->selectAll();
        typeText(product, u"空调"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_panel->activeDialog());
        QCOMPARE(cell(0, PurchasesPanel::ProductColumn), u"空调"_s);
        const Purchase after = stored().value(0);
        QCOMPARE(after.product, u"空调"_s);
        QVERIFY(after.version > p.version);
    }

    void doubleClickOpensPurchase()
    {
        const Purchase p = addStored(u"洗衣机"_s, 2, 150000);
        m_panel->showCustomer(m_customer);
        QTableView *view = m_panel->view();
        const QModelIndex cell = m_panel->model()->index(0, PurchasesPanel::ProductColumn);
        // The table appears with the first row: wait for its layout before aiming at a cell.
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(cell)));
        const QRect cellRect = view->visualRect(cell);
        // A real double click: press and release, then the double-click press (which is all
        // that QTest::mouseDClick sends to a widget).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cellRect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cellRect.center());
        auto *dialog = openedDialog<PurchaseDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->purchase().id, p.id);
        QCOMPARE(find<QSpinBox>(dialog, "quantitySpin")->value(), 2);
        QCOMPARE(find<QLineEdit>(dialog, "unitPriceEdit")->text(),
                 HistoryLabels::moneyPlain(150000));
        QCOMPARE(find<QComboBox>(dialog, "paymentMethodCombo")->currentData().toString(), u"cash"_s);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!m_panel->activeDialog());
        QCOMPARE(stored().value(0).version, p.version); // nothing written
    }

    void correctionAfterAnotherDeskIsRefused()
    {
        const Purchase p = addStored(u"冰箱"_s, 1, 300000);
        m_panel->showCustomer(m_customer);
        m_panel->editPurchase(p.id);
        auto *dialog = openedDialog<PurchaseDialog>();
        QVERIFY(dialog);
        // Another desk corrects the same purchase meanwhile.
        Purchase other = p;
        other.product = u"冰箱 BCD-500"_s;
        QVERIFY(PurchaseRepository(*m_db).update(Fixtures::bob(), other));
        auto *product = find<QLineEdit>(dialog, "productEdit");
        product->selectAll();
        typeText(product, u"冰柜"_s);
        press(Qt::Key_Return);
        auto *banner = find<QLabel>(dialog, "purchaseError");
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(product->text(), u"冰柜"_s);
        QCOMPARE(stored().value(0).product, u"冰箱 BCD-500"_s);
    }

    void rolesWithoutWriteRightsSeeNoButtons()
    {
        addStored(u"冰箱"_s, 1, 300000);
        Actor admin = m_actor;
        admin.roles = int(Role::Admin); // may view, may not create or edit
        showPanel(admin);
        m_panel->showCustomer(m_customer);
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QVERIFY(!m_panel->newButton()->isVisible());
        QVERIFY(!m_panel->returnButton()->isVisible());
        m_panel->newPurchase();
        QVERIFY(!m_panel->activeDialog());
        selectRowByKeyboard(0);
        QTest::keyClick(m_panel->view(), Qt::Key_Return);
        auto *dialog = openedDialog<PurchaseDialog>();
        QVERIFY(dialog);
        QVERIFY(!find<QPushButton>(dialog, "purchaseSaveButton")->isEnabled());
        press(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void modelPagesThroughManyPurchases()
    {
        const int count = PagedRowsModel::PageSize + 20;
        for (int i = 0; i < count; ++i)
            QVERIFY(addStored(u"商品%1"_s.arg(i), 1, 100 + i).id);
        m_panel->showCustomer(m_customer);
        QCOMPARE(m_panel->model()->rowCount(), PagedRowsModel::PageSize); // one page at first
        QVERIFY(m_panel->model()->canFetchMore({}));
        QAbstractItemModelTester tester(m_panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->view()->scrollToBottom();
        QTRY_COMPARE(m_panel->model()->rowCount(), count);
        QSet<qint64> ids;
        for (int row = 0; row < count; ++row)
            ids.insert(m_panel->model()->idAt(row));
        QCOMPARE(ids.size(), count); // no purchase twice, none left out
        m_panel->showCustomer(0);
        QCOMPARE(m_panel->model()->rowCount(), 0);
        m_panel->showCustomer(m_customer);
        QVERIFY(m_panel->model()->rowCount() >= PagedRowsModel::PageSize);
    }
};

QTEST_MAIN(tst_PurchasesPanel)
#include "tst_purchasespanel.moc"
