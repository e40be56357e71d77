#pragma once

#include <QWidget>

class QPushButton;

// The CSAT score (满意度评分) taken at the desk: a row of five buttons, 1 (very dissatisfied) to
// 5 (very satisfied). With the keyboard in it, the keys 1 to 5 set the score, 0, Delete or
// Backspace clear it ("not asked"), Left and Right move it; Alt+1 … Alt+5 set it from anywhere
// in the dialog. Pressing the chosen button again clears it.
class ScoreButtons : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreButtons(QWidget *parent = nullptr);

    // 0: not asked; else 1..5.
    int score() const { return m_score; }
    void setScore(int score);
    QPushButton *button(int score) const;
    static QString label(int score);

Q_SIGNALS:
    void scoreChanged(int score);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int m_score = 0;
    QList<QPushButton *> m_buttons;
};
