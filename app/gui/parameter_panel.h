// A lesson's scenario parameters (how long the water boils, how many pages...) as a slider and
// a spin box each. Moving either changes the value at once, so runs update live.
#pragma once

#include <vector>

#include <QString>
#include <QWidget>

#include <loopscope/lesson.h>

class QAbstractSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSlider;

namespace ls::gui {

class ParameterPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    // Shows `parameters` with `values` (defaults for the missing); hides itself when there are none.
    void setParameters(const std::vector<ls::lesson::Parameter>& parameters,
                       const ls::lesson::ParameterValues& values, const QString& language);
    ls::lesson::ParameterValues values() const;
    // Sets one value as the user would (clamped; emits valuesChanged). False if unknown.
    bool setValue(const QString& name, double value);
    int parameterCount() const { return int(rows_.size()); }

    // Slider positions per unit for fractional parameters.
    static constexpr int kSliderSteps = 100;

signals:
    void valuesChanged(const ls::lesson::ParameterValues& values);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        ls::lesson::Parameter parameter;
        QSlider* slider = nullptr;
        QAbstractSpinBox* spin = nullptr;
        QLabel* label = nullptr;
        double value = 0;
    };
    void updateRow(Row& row, double value);
    void retranslateUi();

    QLabel* heading_;
    QPushButton* resetButton_;
    QFormLayout* form_;
    std::vector<Row> rows_;
    QString language_;
};

}  // namespace ls::gui

Q_DECLARE_METATYPE(ls::lesson::ParameterValues)
