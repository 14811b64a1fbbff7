#include "stall_probe.h"

namespace ls::gui {

StallProbe::StallProbe(QObject* parent) : QObject(parent) {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &StallProbe::beat);
}

void StallProbe::start() {
    reset();
    timer_.start();
}

void StallProbe::stop() { timer_.stop(); }

void StallProbe::reset() {
    sinceStart_.start();
    lastBeatNs_ = 0;
    longest_ = longestAt_ = 0;
    samples_ = 0;
    notable_.clear();
}

void StallProbe::beat() {
    const qint64 now = sinceStart_.nsecsElapsed();
    const double gapMs = static_cast<double>(now - lastBeatNs_) / 1e6 - kIntervalMs;
    lastBeatNs_ = now;
    ++samples_;
    if (gapMs > kNotableMs) notable_.append({static_cast<double>(now) / 1e6, gapMs});
    if (gapMs > longest_) {
        longest_ = gapMs;
        longestAt_ = static_cast<double>(now) / 1e6;
    }
}

}  // namespace ls::gui
