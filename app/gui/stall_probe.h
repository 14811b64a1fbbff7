// Measures how long the GUI thread's event loop goes without turning: a timer that should fire
// every few milliseconds notes each late arrival. The longest gap is the longest time the window
// could not react to the user. For measurements and tests (LOOPSCOPE_STALL_PROBE=1 in the app).
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace ls::gui {

class StallProbe : public QObject {
    Q_OBJECT

public:
    explicit StallProbe(QObject* parent = nullptr);

    void start();
    void stop();
    void reset();
    // The longest time between two turns of the event loop beyond the probe's own interval, and
    // how long after start() it ended.
    double longestStallMs() const { return longest_; }
    double longestStallEndedAtMs() const { return longestAt_; }
    int samples() const { return samples_; }
    // Every stall longer than kNotableMs: when it ended (ms after start()) and how long it was.
    struct Stall {
        double endedAtMs, lengthMs;
    };
    const QList<Stall>& notableStalls() const { return notable_; }
    static constexpr double kNotableMs = 50;

    static constexpr int kIntervalMs = 5;

private:
    void beat();

    QTimer timer_;
    QElapsedTimer sinceStart_;
    qint64 lastBeatNs_ = 0;
    double longest_ = 0, longestAt_ = 0;
    int samples_ = 0;
    QList<Stall> notable_;
};

}  // namespace ls::gui
