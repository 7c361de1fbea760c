#include "secretstoresetup.h"

#include "secrets/encryptedfilesecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretjob.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("secrets/store");

std::optional<SecretStoreSetup::Kind> kindFromName(const QString& name)
{
    if (name == QLatin1String("keychain"))
        return SecretStoreSetup::Kind::Keychain;
    if (name == QLatin1String("file"))
        return SecretStoreSetup::Kind::File;
    return std::nullopt;
}
} // namespace

Result<SecretStoreSetup::Kind> SecretStoreSetup::chosenKind(const QString& option)
{
    const QString name = option.isEmpty()
                             ? QSettings().value(settingsKey, QStringLiteral("keychain")).toString()
                             : option;
    if (const auto kind = kindFromName(name))
        return *kind;
    return IamError::validation(tr("The secret store must be keychain or file, not %1.").arg(name));
}

void SecretStoreSetup::rememberKind(Kind kind)
{
    QSettings().setValue(settingsKey,
                         kind == Kind::File ? QStringLiteral("file") : QStringLiteral("keychain"));
}

QString SecretStoreSetup::encryptedFilePath(const QString& directoryPath)
{
    return directoryPath + QStringLiteral(".secrets");
}

std::pair<SecretStore::Error, QString> SecretStoreSetup::probe(SecretStore& store,
                                                               const QUuid& directoryId)
{
    SecretJob* job = store.list(directoryId);
    std::pair<SecretStore::Error, QString> outcome{SecretStore::OtherError, QString()};
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, [&outcome, &loop, job] {
        outcome = {job->error(), job->errorString()};
        loop.quit();
    });
    loop.exec();
    return outcome;
}

Result<SecretStoreSetup::Opened> SecretStoreSetup::open(Kind kind, const QString& directoryPath,
                                                        const QUuid& directoryId,
                                                        const PassphrasePrompt& prompt)
{
    if (kind == Kind::Keychain) {
        Opened opened{std::make_unique<KeychainSecretStore>(), QString()};
        const auto [error, message] = probe(*opened.store, directoryId);
        if (error != SecretStore::NoError)
            opened.problem = message;
        return opened;
    }
    const QString path = encryptedFilePath(directoryPath);
    QString refused;
    for (;;) {
        const bool creating = !QFileInfo::exists(path);
        std::optional<SecureBytes> passphrase = prompt(creating, refused);
        if (!passphrase) {
            const QString none =
                tr("No passphrase was given for the encrypted secret store %1.").arg(path);
            return IamError::validation(refused.isEmpty() ? none
                                                          : none + QLatin1Char(' ') + refused);
        }
        // The same rule as the passphrase window, for scripts too.
        if (creating && EncryptedFileSecretStore::passphraseLength(*passphrase) <
                            EncryptedFileSecretStore::MinimumPassphraseLength) {
            refused = tr("The passphrase needs at least %1 characters.")
                          .arg(EncryptedFileSecretStore::MinimumPassphraseLength);
            continue;
        }
        Opened opened{std::make_unique<EncryptedFileSecretStore>(path, std::move(*passphrase)),
                      QString()};
        const auto [error, message] = probe(*opened.store, directoryId);
        if (error == SecretStore::NoError)
            return opened;
        if (error != SecretStore::WrongPassphrase)
            return IamError::serviceFailure(message);
        refused = message;
    }
}
