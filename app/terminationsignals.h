// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SIGTERM and SIGINT as a Qt signal on the thread that made the watcher: the handler only
// writes a byte to a socket pair (all a signal handler may safely do), and the event loop
// reads it. The headless server stops cleanly with it; the desktop app closes its window
// as if the person had (the session's end, a service manager, Ctrl+C in a terminal), so
// its state is saved and the engine stops in order. One watcher at a time; the previous
// handlers come back when it is destroyed.

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace Conductor {

class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // False when the socket pair could not be made: the signals keep their default action.
    [[nodiscard]] bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previousTerm = {};
    struct sigaction m_previousInt = {};
};

} // namespace Conductor
