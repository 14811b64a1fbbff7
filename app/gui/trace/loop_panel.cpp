#include "loop_panel.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "loop_narrator.h"
#include "playback_model.h"
#include "trace_colors.h"

namespace ls::gui {
namespace {

// A long ready queue or many timers would bury the rest; the panel shows this many of each.
constexpr int kMaxRows = 40;

QIcon makeSwatch(const QColor& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

// One icon per task, made once: the panel is refilled on every playback frame.
QIcon swatch(int task) {
    static QHash<int, QIcon> cache;
    auto it = cache.find(task);
    if (it == cache.end()) it = cache.insert(task, makeSwatch(taskColor(task)));
    return *it;
}

}  // namespace

LoopPanel::LoopPanel(QWidget* parent) : QWidget(parent), narration_(new QLabel), tree_(new QTreeWidget) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    narration_->setWordWrap(true);
    narration_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    narration_->setFrameShape(QFrame::StyledPanel);
    narration_->setMargin(6);
    narration_->setMinimumHeight(narration_->fontMetrics().lineSpacing() * 3 + 12);
    narration_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont bold = narration_->font();
    bold.setBold(true);
    narration_->setFont(bold);
    layout->addWidget(narration_);

    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(false);
    tree_->setIndentation(12);
    tree_->setSelectionMode(QAbstractItemView::NoSelection);
    tree_->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(tree_, 1);
    for (int s = 0; s < SectionCount; ++s) {
        sections_[s] = new QTreeWidgetItem(tree_);
        QFont font = sections_[s]->font(0);
        font.setBold(true);
        sections_[s]->setFont(0, font);
        sections_[s]->setFlags(Qt::ItemIsEnabled);
    }
    retranslateUi();
    refresh();
}

void LoopPanel::setModel(PlaybackModel* model) {
    if (model_) disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    if (model_) connect(model_, &PlaybackModel::positionChanged, this, &LoopPanel::refresh);
    refresh();
}

QString LoopPanel::narration() const { return narration_->text(); }

QStringList LoopPanel::rows(Section section) const {
    QStringList rows;
    const QTreeWidgetItem* item = sections_[section];
    for (int i = 0; i < item->childCount(); ++i) rows.append(item->child(i)->text(0));
    return rows;
}

QTreeWidgetItem* LoopPanel::addRow(Section section, const QString& text, int task) {
    auto* item = new QTreeWidgetItem(sections_[section], QStringList{text});
    item->setFlags(Qt::ItemIsEnabled);
    if (task >= 0) item->setIcon(0, swatch(task));
    return item;
}

void LoopPanel::retranslateUi() {
    sections_[Running]->setText(0, tr("Running now"));
    sections_[ReadyQueue]->setText(0, tr("Ready queue (next first)"));
    sections_[Timers]->setText(0, tr("Timers (earliest first)"));
    sections_[Waiting]->setText(0, tr("Waiting at an await"));
    sections_[AwaitChains]->setText(0, tr("Who awaits whom"));
    sections_[Threads]->setText(0, tr("Threads"));
    sections_[Cores]->setText(0, tr("Cores"));
    refresh();
}

void LoopPanel::refresh() {
    for (QTreeWidgetItem* section : sections_) qDeleteAll(section->takeChildren());
    if (!model_) {
        narration_->setText(tr("Run a program to see what its event loop does."));
        for (QTreeWidgetItem* section : sections_) section->setHidden(true);
        return;
    }
    const PlaybackModel& m = *model_;
    const LoopState& s = m.state();
    narration_->setText(m.narration());

    if (s.running >= 0) {
        addRow(Running, tr("%1, line %2").arg(m.taskLabel(s.running)).arg(m.taskLine(s.running)), s.running);
    } else {
        addRow(Running, tr("the event loop itself (no task is running)"));
    }

    int shown = 0;
    for (int task : s.readyQueue) {
        if (shown++ == kMaxRows) {
            addRow(ReadyQueue, tr("… and %n more", "", static_cast<int>(s.readyQueue.size()) - kMaxRows));
            break;
        }
        addRow(ReadyQueue, QStringLiteral("%1. %2").arg(shown).arg(m.taskLabel(task)), task);
    }
    if (s.readyQueue.empty()) addRow(ReadyQueue, tr("empty"));

    shown = 0;
    for (const TimerSnapshot& timer : s.timers) {
        if (shown++ == kMaxRows) {
            addRow(Timers, tr("… and %n more", "", static_cast<int>(s.timers.size()) - kMaxRows));
            break;
        }
        if (timer.what.empty()) {
            addRow(Timers, tr("due at %1 — %2").arg(m.formatTime(timer.due), m.taskLabel(timer.task)), timer.task);
        } else {
            //: %1 a time, %2 the task that set the timer, %3 what it is for ("sleep(1.0)", "tick()")
            addRow(Timers, tr("due at %1 — %2: %3").arg(m.formatTime(timer.due), m.taskLabel(timer.task), QString::fromStdString(timer.what)),
                   timer.task);
        }
    }
    if (s.timers.empty()) addRow(Timers, tr("none"));

    shown = 0;
    for (int i = 0; i < m.taskCount(); ++i) {
        const TaskSnapshot& t = s.tasks[static_cast<size_t>(i)];
        if (!isWaiting(t.state) || t.state == TaskState::WaitingTimer) continue;
        if (shown++ == kMaxRows) break;
        // The awaited text names the primitive ("the lock (Lock.acquire())"); the state name would repeat it.
        //: %1 a task, %2 what it awaits ("the lock (Lock.acquire())", "task Task-3"), %3 a line number
        addRow(Waiting, tr("%1 — waits for %2, line %3").arg(m.taskLabel(i), LoopNarrator::awaitedText(t.awaited)).arg(t.line), i);
    }
    if (shown == 0) addRow(Waiting, tr("none"));

    // A chain starts at a task that awaits another task and that no one awaits itself.
    shown = 0;
    for (int i = 0; i < m.taskCount() && shown < kMaxRows; ++i) {
        const TaskSnapshot& t = s.tasks[static_cast<size_t>(i)];
        if (t.state != TaskState::WaitingTask || !m.awaitedBy(i).isEmpty()) continue;
        QStringList names;
        for (int task : m.awaitChain(i)) names.append(m.taskLabel(task));
        addRow(AwaitChains, names.join(tr(" awaits ")), i);
        ++shown;
    }
    if (shown == 0) addRow(AwaitChains, tr("no task awaits another task"));

    sections_[Threads]->setHidden(!m.hasThreads());
    if (m.hasThreads()) {
        for (size_t i = 0; i < s.threads.size(); ++i) {
            const ThreadSnapshot& th = s.threads[i];
            QString text = tr("%1: %2").arg(m.threadLabel(static_cast<int>(i)), LoopNarrator::threadStateName(th));
            if (th.holdsGil) text += tr(" (holds the GIL)");
            addRow(Threads, text);
        }
    }
    sections_[Cores]->setHidden(!m.hasCores());
    if (m.hasCores()) {
        for (size_t i = 0; i < s.cores.size(); ++i) {
            const int thread = s.cores[i].thread;
            addRow(Cores, thread >= 0 ? tr("Core %1: runs %2").arg(i).arg(m.threadLabel(thread)) : tr("Core %1: idle").arg(i));
        }
    }
    for (int section = 0; section < SectionCount; ++section) {
        if (section != Threads && section != Cores) sections_[section]->setHidden(false);
    }
    tree_->expandAll();
}

void LoopPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
