#include "interop/awsconfigparser.h"

#include <QStringList>

namespace {

int indentOf(const QString& line)
{
    int n = 0;
    while (n < line.size() && line.at(n).isSpace())
        ++n;
    return n;
}

bool isComment(const QString& trimmed)
{
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';'));
}

// The words of a header, with shell-style quotes as botocore splits them.
QStringList headerWords(const QString& header, bool* ok)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    *ok = true;
    for (const QChar c : header) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        *ok = false;
    if (inWord)
        words << word;
    return words;
}

void classify(AwsConfigFile::Section& section)
{
    using Section = AwsConfigFile::Section;
    const QString header = section.header.trimmed();
    if (header == QLatin1String("default")) {
        section.kind = Section::Profile;
        section.name = header;
        return;
    }
    bool ok = false;
    const QStringList words = headerWords(header, &ok);
    const QString first = words.value(0);
    if (!ok || words.size() != 2) {
        section.kind = Section::Other;
        return;
    }
    section.name = words.at(1);
    if (first == QLatin1String("profile"))
        section.kind = Section::Profile;
    else if (first == QLatin1String("sso-session"))
        section.kind = Section::SsoSession;
    else if (first == QLatin1String("services"))
        section.kind = Section::Services;
    else
        section.kind = Section::Other;
}

} // namespace

IamError AwsConfigParser::lineError(const QString& fileName, int line, const QString& message)
{
    return IamError::validation(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message));
}

Result<AwsConfigFile> AwsConfigParser::parse(const QString& text, const QString& fileName)
{
    AwsConfigFile file;
    file.fileName = fileName;
    AwsConfigFile::Section* section = nullptr;
    QString currentKey; // the setting indented lines continue
    int currentIndent = 0;
    bool inSubSection = false;

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || isComment(trimmed))
            continue;
        const int indent = indentOf(line);

        if (section && !currentKey.isEmpty() && indent > currentIndent) {
            if (inSubSection) {
                if (!trimmed.contains(QLatin1Char('=')))
                    return lineError(fileName, lineNumber,
                                     tr("\"%1\" in the sub-section %2 is not a setting (key = "
                                        "value)")
                                         .arg(trimmed, currentKey));
                continue; // sub-sections (s3, ...) say nothing about roles
            }
            AwsConfigFile::Setting& setting = section->settings[currentKey];
            setting.value += QLatin1Char('\n') + trimmed;
            continue;
        }
        currentKey.clear();
        inSubSection = false;

        if (trimmed.startsWith(QLatin1Char('['))) {
            const qsizetype close = trimmed.lastIndexOf(QLatin1Char(']'));
            if (close < 0)
                return lineError(fileName, lineNumber,
                                 tr("the section header %1 has no closing ']'").arg(trimmed));
            AwsConfigFile::Section next;
            next.header = trimmed.mid(1, close - 1);
            next.line = lineNumber;
            if (next.header.trimmed().isEmpty())
                return lineError(fileName, lineNumber, tr("the section header is empty"));
            classify(next);
            for (const AwsConfigFile::Section& earlier : std::as_const(file.sections)) {
                const bool sameProfile = next.kind == AwsConfigFile::Section::Profile &&
                                         earlier.kind == next.kind && earlier.name == next.name;
                if (sameProfile || earlier.header == next.header)
                    return lineError(fileName, lineNumber,
                                     tr("[%1] repeats the section of line %2; merge the two")
                                         .arg(next.header)
                                         .arg(earlier.line));
            }
            file.sections.append(next);
            section = &file.sections.last();
            continue;
        }

        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        qsizetype delimiter = equals;
        if (colon >= 0 && (equals < 0 || colon < equals))
            delimiter = colon;
        if (delimiter < 0)
            return lineError(fileName, lineNumber,
                             tr("\"%1\" is not a setting (key = value)").arg(trimmed));
        if (!section)
            return lineError(fileName, lineNumber,
                             tr("\"%1\" comes before any section; put it under [default] or "
                                "[profile NAME]")
                                 .arg(trimmed));
        const QString key = trimmed.left(delimiter).trimmed().toLower();
        const QString value = trimmed.mid(delimiter + 1).trimmed();
        if (key.isEmpty())
            return lineError(
                fileName, lineNumber,
                tr("\"%1\" has no key before the '%2'").arg(trimmed, trimmed.at(delimiter)));
        if (section->settings.contains(key))
            return lineError(fileName, lineNumber,
                             tr("%1 is set again; it was set on line %2 of [%3]")
                                 .arg(key)
                                 .arg(section->settings.value(key).line)
                                 .arg(section->header));
        currentKey = key;
        currentIndent = indent;
        if (value.isEmpty()) {
            // "s3 =" and indented lines: a sub-section, read by other parts of the CLI.
            const qsizetype next = i + 1;
            const QString following = next < lines.size() ? lines.at(next) : QString();
            if (!following.trimmed().isEmpty() && indentOf(following) > indent) {
                inSubSection = true;
                continue;
            }
        }
        section->settings.insert(key, {value, lineNumber});
    }
    return file;
}
