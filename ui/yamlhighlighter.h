// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Colours YAML as the configuration editor shows it: keys, quoted and plain text,
// numbers (durations such as 900s too), booleans and null, comments, anchors and aliases,
// tags, document markers (--- and ...), and the lines of a block of text (| or >). Line
// by line, as a person reads it: it never parses the document, so a broken one is
// coloured as far as it goes. Its colours follow the palette, light or dark.

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

class QPalette;

namespace Conductor {

class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)

public:
    enum class Role
    {
        Key,
        Text,
        Number,
        Boolean,
        Comment,
        Anchor,
        Tag,
        Marker,
        Punctuation,
        Count
    };

    explicit YamlHighlighter(QTextDocument *document);

    // Takes the colours for this palette and colours the document again.
    void setPalette(const QPalette &palette);
    [[nodiscard]] QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void apply(int start, int length, Role role);
    // A value from `from` on: returns where it ends. Sets the block state when it opens a
    // block of text.
    int value(const QString &text, int from, int indent);
    int flow(const QString &text, int from);
    int comment(const QString &text, int from);
    void scalar(const QString &text, int start, int end);

    std::array<QTextCharFormat, static_cast<std::size_t>(Role::Count)> m_formats;
};

} // namespace Conductor
