#pragma once

#include "crypto/securebytes.h"
#include "iam/result.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

// Which store keeps the console's secrets, and opening it: the system
// keychain unless the encrypted file was chosen explicitly, with
// --secret-store=file or the setting secrets/store = file. Never a silent
// fallback from one to the other.
class SecretStoreSetup
{
    Q_DECLARE_TR_FUNCTIONS(SecretStoreSetup)

public:
    enum class Kind
    {
        Keychain,
        File
    };

    // option: the --secret-store value ("" when not given).
    static Result<Kind> chosenKind(const QString& option);
    // Remembers the choice for the next start (the settings' secrets/store).
    static void rememberKind(Kind kind);
    // The encrypted file beside the directory file: "<directory>.secrets".
    static QString encryptedFilePath(const QString& directoryPath);

    // Asks for the passphrase of the encrypted file; nullopt when the person
    // gives up. creating: the file does not exist yet (ask twice); error: why
    // the last passphrase was refused.
    using PassphrasePrompt =
        std::function<std::optional<SecureBytes>(bool creating, const QString& error)>;

    struct Opened
    {
        std::unique_ptr<SecretStore> store;
        // Why the store cannot keep secrets (the keychain's explanation), or "".
        QString problem;
    };
    // Opens the store and tries it once with a listing of the directory's
    // keys. A keychain that cannot be reached still opens, with problem set,
    // so the console can say so; a wrong passphrase is asked again.
    static Result<Opened> open(Kind kind, const QString& directoryPath, const QUuid& directoryId,
                               const PassphrasePrompt& prompt);

    // Runs one list() job to its end.
    static std::pair<SecretStore::Error, QString> probe(SecretStore& store,
                                                        const QUuid& directoryId);
};
