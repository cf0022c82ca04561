// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The form view of the configuration editor: budgets (tokens, time limits, dollars, the
// budget day's time zone) and gates (which are required, optional or not used, and each
// one's timeout), shown as the text writes them. The form holds no document of its own:
// it shows what showDocument() gives it, and a person's change is a request (a signal)
// that the editor turns into an edit of the value's own text. A field left empty stands
// for the key's absence, and shows the default that then applies; emptying a field asks
// for its key to be removed. A field whose line has a problem carries a ✗ with the
// message.

#include "config/diagnostic.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace Conductor {

class YamlValueEdit;

class ConfigForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigForm)

public:
    explicit ConfigForm(QWidget *parent = nullptr);

    // Shows the values of this text and marks the fields on the problems' lines. A text
    // that cannot be read leaves the fields as they were, disabled, with the reason.
    void showDocument(const QByteArray &text, const Diagnostics &problems);

    // The field of a value by its path ("budgets.cost.dailyBudgetUSD"), or null.
    [[nodiscard]] QLineEdit *field(const QString &path) const;
    // The list a gate is in: Required, Optional or Not used.
    [[nodiscard]] QComboBox *gateList(const QString &gate) const;
    [[nodiscard]] const QStringList &gates() const { return m_gates; }
    [[nodiscard]] static QString timeoutPath(const QString &gate);

Q_SIGNALS:
    // Set the value at the path (adding its key when missing); keepQuotes for text whose
    // quotes, if any, should stay.
    void valueEdited(const QString &path, const QString &value, bool keepQuotes);
    // Remove the key at the path, so that its default applies.
    void valueCleared(const QString &path);
    // Move a gate from one list to another ("gates.required", "gates.optional", or empty
    // for none).
    void gateMoved(const QString &gate, const QString &fromList, const QString &toList);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addField(QFormLayout *layout, const QString &path, const QString &label,
                        const QString &defaultText, const QString &pattern);
    QLineEdit *newField(QWidget *parent, const QString &path, const QString &label,
                        const QString &defaultText, const QString &pattern);
    void showField(QLineEdit *edit, const YamlValueEdit &doc, const Diagnostics &problems);
    void commit(QLineEdit *edit);
    void rebuildGates(const QStringList &gates);
    void showGates(const YamlValueEdit &doc);

    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QComboBox *> m_gateLists;
    QStringList m_gates;
    QWidget *m_content;
    QWidget *m_gateBox;
    QGridLayout *m_gateGrid;
    QLabel *m_notice;
};

} // namespace Conductor
