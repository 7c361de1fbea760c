#include "welcomedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

class TestWelcomeDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryCredentialAndCopiesThem()
    {
        const QList<WelcomeDialog::Credential> credentials{{QStringLiteral("catphoto-prod"),
                                                            QStringLiteral("John"),
                                                            QStringLiteral("pA55-one"),
                                                            {}},
                                                           {QStringLiteral("catphoto-prod"),
                                                            QStringLiteral("Maria"),
                                                            QStringLiteral("pA55-two"),
                                                            {}}};
        WelcomeDialog dialog(credentials);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("Maria"));
        QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("pA55-two"));

        auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("CopyButton"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("catphoto-prod\tJohn\tpA55-one\ncatphoto-prod\tMaria\tpA55-two\n"));
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
