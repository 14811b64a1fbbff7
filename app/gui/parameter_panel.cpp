#include "parameter_panel.h"

#include <cmath>

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "lesson_catalog.h"

namespace ls::gui {

ParameterPanel::ParameterPanel(QWidget* parent)
    : QWidget(parent), heading_(new QLabel), resetButton_(new QPushButton), form_(new QFormLayout) {
    qRegisterMetaType<ls::lesson::ParameterValues>();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* header = new QHBoxLayout;
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    header->addWidget(heading_, 1);
    header->addWidget(resetButton_);
    layout->addLayout(header);
    layout->addLayout(form_);
    connect(resetButton_, &QPushButton::clicked, this, [this] {
        for (Row& row : rows_) updateRow(row, row.parameter.default_value);
        emit valuesChanged(values());
    });
    retranslateUi();
    hide();
}

void ParameterPanel::setParameters(const std::vector<ls::lesson::Parameter>& parameters,
                                   const ls::lesson::ParameterValues& values, const QString& language) {
    language_ = language;
    while (form_->rowCount() > 0) form_->removeRow(0);
    rows_.clear();
    rows_.reserve(parameters.size());
    for (const ls::lesson::Parameter& p : parameters) {
        Row row;
        row.parameter = p;
        row.label = new QLabel(textIn(p.label, language));
        row.slider = new QSlider(Qt::Horizontal);
        row.slider->setObjectName(QStringLiteral("slider_") + toQString(p.name));
        const int scale = p.integer ? 1 : kSliderSteps;
        row.slider->setRange(int(std::lround(p.min * scale)), int(std::lround(p.max * scale)));
        if (p.integer) {
            auto* spin = new QSpinBox;
            spin->setRange(int(p.min), int(p.max));
            row.spin = spin;
        } else {
            auto* spin = new QDoubleSpinBox;
            spin->setRange(p.min, p.max);
            spin->setDecimals(2);
            spin->setSingleStep(1.0 / 10);
            row.spin = spin;
        }
        row.spin->setObjectName(QStringLiteral("spin_") + toQString(p.name));
        auto* line = new QHBoxLayout;
        line->addWidget(row.slider, 1);
        line->addWidget(row.spin);
        form_->addRow(row.label, line);
        rows_.push_back(row);
    }
    // Connected after the rows exist: the lambdas find their row by index.
    for (size_t i = 0; i < rows_.size(); ++i) {
        Row& row = rows_[i];
        const auto v = values.find(row.parameter.name);
        updateRow(row, v != values.end() ? v->second : row.parameter.default_value);
        const int scale = row.parameter.integer ? 1 : kSliderSteps;
        connect(row.slider, &QSlider::valueChanged, this, [this, i, scale](int position) {
            updateRow(rows_[i], double(position) / scale);
            emit valuesChanged(this->values());
        });
        if (auto* spin = qobject_cast<QSpinBox*>(row.spin)) {
            connect(spin, &QSpinBox::valueChanged, this, [this, i](int v) {
                updateRow(rows_[i], v);
                emit valuesChanged(this->values());
            });
        } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(row.spin)) {
            connect(dspin, &QDoubleSpinBox::valueChanged, this, [this, i](double v) {
                updateRow(rows_[i], v);
                emit valuesChanged(this->values());
            });
        }
    }
    setVisible(!rows_.empty());
    retranslateUi();
}

void ParameterPanel::updateRow(Row& row, double value) {
    value = std::clamp(value, row.parameter.min, row.parameter.max);
    if (row.parameter.integer) value = std::round(value);
    row.value = value;
    const QSignalBlocker a(row.slider), b(row.spin);
    row.slider->setValue(int(std::lround(value * (row.parameter.integer ? 1 : kSliderSteps))));
    if (auto* spin = qobject_cast<QSpinBox*>(row.spin)) spin->setValue(int(value));
    else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(row.spin)) dspin->setValue(value);
}

ls::lesson::ParameterValues ParameterPanel::values() const {
    ls::lesson::ParameterValues out;
    for (const Row& row : rows_) out[row.parameter.name] = row.value;
    return out;
}

bool ParameterPanel::setValue(const QString& name, double value) {
    for (Row& row : rows_) {
        if (toQString(row.parameter.name) != name) continue;
        updateRow(row, value);
        emit valuesChanged(values());
        return true;
    }
    return false;
}

void ParameterPanel::retranslateUi() {
    heading_->setText(tr("Scenario"));
    resetButton_->setText(tr("Defaults"));
    resetButton_->setToolTip(tr("Put every parameter back to the lesson's value"));
    for (Row& row : rows_) {
        row.slider->setToolTip(tr("Drag to change %1; the run updates as you drag")
                                   .arg(textIn(row.parameter.label, language_)));
    }
}

void ParameterPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
