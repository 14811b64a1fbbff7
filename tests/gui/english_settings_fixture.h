// A GUI test fixture with a settings folder of its own and English as the language: the language
// is set back to English after each test, so a test that switches to Chinese leaves nothing behind
// for the next one, and nothing a test saves reaches the user's settings.
#pragma once

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include "language_manager.h"

namespace ls::gui {

class EnglishSettingsFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();
    }
    void TearDown() override {
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();
    }
    QTemporaryDir settingsDir;
    LanguageManager languages;
};

}  // namespace ls::gui
