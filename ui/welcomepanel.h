// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Executions view shows in place of its table while the database holds no
// execution at all: a welcome that says what Conductor does and what it runs on (the
// shipped configuration or the user's file, the I2S pipeline with simulated agents), a
// Start a demo run button (the default: Enter presses it), New pipeline…, and where to
// make the configuration one's own. A demo run's refusal shows here.

#include <QFrame>

class QLabel;
class QPushButton;

namespace Conductor {

class WelcomePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    // The configuration file the app runs on; empty for the shipped one.
    void setConfiguration(const QString &sourcePath);
    // Without an engine (a window that only reads) there is nothing to start: the
    // buttons go and the text says how executions are started.
    void setCanStart(bool canStart);
    // The engine is ready to start executions.
    void setReady(bool ready);
    // A demo run is on its way: its button waits.
    void setStarting(bool starting);
    // Gives the default button the focus (once it is enabled), so that Enter starts the demo,
    // unless the operator is typing somewhere.
    void takeFocus();
    // Shows text under the buttons (hidden when empty); an error says so.
    void showMessage(const QString &text, bool error);

    [[nodiscard]] QLabel *headingLabel() const { return m_heading; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel *configurationLabel() const { return m_configuration; }
    [[nodiscard]] QLabel *hintLabel() const { return m_hint; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QPushButton *demoButton() const { return m_demo; }
    [[nodiscard]] QPushButton *newPipelineButton() const { return m_newPipeline; }

Q_SIGNALS:
    void demoRequested();
    void newPipelineRequested();
    // The hint's link to the Configuration view was followed.
    void configurationRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void updateHeadingFont();

    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_configuration;
    QLabel *m_hint;
    QLabel *m_message;
    QPushButton *m_demo;
    QPushButton *m_newPipeline;
    QString m_sourcePath;
    bool m_canStart = true;
    bool m_ready = false;
    bool m_starting = false;
    bool m_focusWanted = false; // takeFocus() waits for the button to be enabled
};

} // namespace Conductor
