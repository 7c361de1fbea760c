#include "fielderror.h"
#include "iam/iamerror.h"
#include "messagestrip.h"

#include <QTest>
#include <QWidget>

// Errors reach the field named by their parameter and code, whatever their
// message says; an error no field claims shows in the strip itself.
class TestMessageStrip : public QObject
{
    Q_OBJECT

private:
    QWidget form;
    MessageStrip* strip = nullptr;
    FieldError* nameError = nullptr;
    FieldError* pathError = nullptr;
    FieldError* editorError = nullptr;

private slots:
    void init()
    {
        strip = new MessageStrip(&form);
        nameError = new FieldError(&form);
        pathError = new FieldError(&form);
        editorError = new FieldError(&form);
        strip->claim(QStringLiteral("ValidationError"), pathError, QStringLiteral("path"));
        strip->claim(QStringLiteral("ValidationError"), nameError, QStringLiteral("userName"));
        strip->claim(QStringLiteral("LimitExceeded"), editorError, QStringLiteral("PolicySize"));
    }
    void cleanup()
    {
        delete strip;
        delete nameError;
        delete pathError;
        delete editorError;
    }

    void aFieldIsChosenByParameterNotByMessage()
    {
        // The value quotes the other field's name, as the service's message does.
        const IamError error = IamError::constraintViolation(
            QStringLiteral("path"), QStringLiteral("userName"), QStringLiteral("not be 'path'"));
        QVERIFY(error.message().contains(QStringLiteral("'path'")));
        strip->showError(error);
        QCOMPARE(nameError->error(), error.message());
        QCOMPARE(pathError->error(), QString());
        QCOMPARE(strip->error(), QString());
        QCOMPARE(strip->lastCode(), QStringLiteral("ValidationError"));
    }

    void aMessageNamingAFieldDoesNotClaimIt()
    {
        // The old wording of a claimed field, without the parameter: the strip shows it.
        const IamError error = IamError::validation(
            QStringLiteral("1 validation error detected: Value 'x' at 'userName' failed to "
                           "satisfy constraint: Member must not be x"));
        QVERIFY(!strip->claims(error));
        strip->showError(error);
        QCOMPARE(nameError->error(), QString());
        QCOMPARE(pathError->error(), QString());
        QCOMPARE(strip->error(), QStringLiteral("ValidationError: ") + error.message());
    }

    void aQuotaIsClaimedByItsName()
    {
        const IamError size = IamError::limitExceeded(QStringLiteral("Over the limit."))
                                  .withParameter(QStringLiteral("PolicySize"));
        strip->showError(size);
        QCOMPARE(editorError->error(), QStringLiteral("Over the limit."));
        QCOMPARE(strip->error(), QString());

        const IamError other =
            IamError::limitExceeded(QStringLiteral("Cannot exceed quota for PolicySize: 6144"))
                .withParameter(QStringLiteral("VersionsPerPolicy"));
        strip->showError(other);
        QCOMPARE(editorError->error(), QString());
        QCOMPARE(strip->error(), QStringLiteral("LimitExceeded: ") + other.message());
    }

    void theCodeMustMatchToo()
    {
        const IamError error = IamError::invalidInput(QStringLiteral("Not a path."))
                                   .withParameter(QStringLiteral("path"));
        strip->showError(error);
        QCOMPARE(pathError->error(), QString());
        QCOMPARE(strip->error(), QStringLiteral("InvalidInput: Not a path."));
    }

    void aClaimWithoutParameterTakesEveryErrorOfItsCode()
    {
        FieldError anyValidation(&form);
        strip->claim(QStringLiteral("ValidationError"), &anyValidation);
        const IamError unnamed = IamError::validation(QStringLiteral("Something is wrong."));
        strip->showError(unnamed);
        QCOMPARE(anyValidation.error(), unnamed.message());
        // The earlier claims still win for their parameters.
        const IamError path = IamError::constraintViolation(
            QStringLiteral("x"), QStringLiteral("path"), QStringLiteral("start with /"));
        strip->showError(path);
        QCOMPARE(pathError->error(), path.message());
        QCOMPARE(anyValidation.error(), QString());
    }

    void showingAnotherErrorClearsTheFirst()
    {
        strip->showError(IamError::constraintViolation(QStringLiteral("x"), QStringLiteral("path"),
                                                       QStringLiteral("start with /")));
        QVERIFY(!pathError->error().isEmpty());
        strip->showError(IamError::accessDenied(QStringLiteral("No.")));
        QCOMPARE(pathError->error(), QString());
        QCOMPARE(strip->error(), QStringLiteral("AccessDenied: No."));
        strip->clearAll();
        QCOMPARE(strip->error(), QString());
        QCOMPARE(strip->lastCode(), QString());
    }
};

QTEST_MAIN(TestMessageStrip)
#include "tst_messagestrip.moc"
