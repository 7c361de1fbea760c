#include "uitranslators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const QString resourceFolder = QStringLiteral(":/i18n");
const QString fileName = QStringLiteral("switchboard");
} // namespace

QString UiTranslators::install(QObject& owner, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&owner);
    // The source texts are English without plurals: English has a file too.
    if (own->load(locale, fileName, QStringLiteral("_"), resourceFolder) ||
        own->load(fileName + QStringLiteral("_en"), resourceFolder))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&owner);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return own->language();
}
