// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Changes one value of a YAML document as a person would with a text editor: only the
// value's own text is replaced, so comments, blank lines, key order and indentation stay
// byte for byte. A value is named by a path of keys and list indices
// ("budgets.tokens.daily", "gates.required[1]"). Besides replacing a scalar, it adds a
// missing key of a block mapping at its siblings' indentation (on request), appends an
// item to a list and removes a key or an item with its lines.
//
// Each change is returned as an edit (a span of the document and the text that replaces
// it) rather than a new document, so that an editor applies it through its own cursor
// and undo stack. Every edit is checked before it is returned: the document with the edit
// made is parsed again and must hold exactly the old values with only the requested one
// changed; an edit that cannot be made safely is refused with a reason instead.
//
// The document is parsed once, on construction; an object answers for that text only.
// yaml-cpp stays inside: no yaml-cpp type appears here.

#include "diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Conductor {

// Replace [start, end) of the document with `replacement`. The span is given twice: in
// bytes of the UTF-8 document, and in UTF-16 code units of QString::fromUtf8(document),
// which are a QTextDocument's positions for the same text.
struct YamlTextEdit
{
    qsizetype byteStart = 0;
    qsizetype byteEnd = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString replacement;
};

// Where a value stands in the document, and how it is written there.
struct YamlValueSpan
{
    qsizetype byteStart = 0;
    qsizetype byteEnd = 0;
    qsizetype start = 0; // UTF-16 code units, as in YamlTextEdit
    qsizetype end = 0;
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in characters
    QString written; // the text as it stands, quotes included ("" for a key with no value)
    QString value;   // what it reads as
};

struct YamlSpanResult
{
    std::optional<YamlValueSpan> span;
    QString error; // why there is none
    [[nodiscard]] bool ok() const { return span.has_value(); }
};

struct YamlEditResult
{
    std::optional<YamlTextEdit> edit;
    QString error; // why the change cannot be made
    [[nodiscard]] bool ok() const { return edit.has_value(); }
};

class YamlValueEdit final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::YamlValueEdit)

public:
    // How a new value is written.
    enum class Quoting
    {
        // As the old one was: quoted in the same quotes, or plain when it reads back the
        // same plain (double quotes otherwise).
        Preserve,
        // Plain when it reads back the same, double quotes otherwise (numbers, amounts and
        // durations, which the configuration refuses quoted).
        Minimal
    };
    // What setValue() does when a key of the path is missing.
    enum class Missing
    {
        Report,
        Add // under the nearest mapping that exists, at its keys' indentation
    };

    explicit YamlValueEdit(QByteArray document);
    ~YamlValueEdit();
    Q_DISABLE_COPY(YamlValueEdit)
    YamlValueEdit(YamlValueEdit &&) noexcept;
    YamlValueEdit &operator=(YamlValueEdit &&) noexcept;

    [[nodiscard]] const QByteArray &document() const;
    // False when the document does not parse; diagnostics() says why.
    [[nodiscard]] bool isParsed() const;
    [[nodiscard]] const Diagnostics &diagnostics() const;

    [[nodiscard]] bool contains(QStringView path) const;
    // The scalar at the path (or a key's missing value, as an empty span after its colon).
    [[nodiscard]] YamlSpanResult find(QStringView path) const;
    // The items of the list at the path as they read (empty for a key with no value);
    // nothing when the path names no list.
    [[nodiscard]] std::optional<QStringList> items(QStringView path) const;
    // The keys of the mapping at the path, in the document's order (empty for a key with no
    // value); nothing when the path names no mapping.
    [[nodiscard]] std::optional<QStringList> keys(QStringView path) const;

    [[nodiscard]] YamlEditResult setValue(QStringView path, const QString &value,
                                          Quoting quoting = Quoting::Preserve,
                                          Missing missing = Missing::Report) const;
    // Appends an item to the list at the path, in the list's own style ("- item" lines or
    // [a, b]); a key with no value becomes a list.
    [[nodiscard]] YamlEditResult appendItem(QStringView path, const QString &value) const;
    // Removes a key of a block mapping or an item of a list, with its lines and comments
    // on them (or its text and comma in a [a, b] list).
    [[nodiscard]] YamlEditResult remove(QStringView path) const;

    // The document with the edit made.
    [[nodiscard]] static QByteArray applied(const QByteArray &document, const YamlTextEdit &edit);
    // How a value is written so that it reads back as itself: plain when it can be,
    // double-quoted otherwise. In a flow collection ([a, b]) commas and brackets need
    // quotes too.
    [[nodiscard]] static QString scalarText(const QString &value, bool inFlow = false);

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace Conductor
