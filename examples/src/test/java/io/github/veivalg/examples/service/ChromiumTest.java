package io.github.veivalg.examples.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without Chromium the browser tests are skipped, saying how to install it; under CI=true that is a failure. */
class ChromiumTest {

    @Test
    void aMissingBrowser_skipsWithTheInstallCommand(@TempDir Path dir) throws IOException {
        Path driver = executable(dir.resolve("chromedriver"));
        assertThatThrownBy(() -> Chromium.requireInstalled(dir.resolve("chromium"), driver, false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(dir.resolve("chromium") + " is missing")
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }

    @Test
    void aMissingDriver_underCi_fails(@TempDir Path dir) throws IOException {
        Path browser = executable(dir.resolve("chromium"));
        assertThatThrownBy(() -> Chromium.requireInstalled(browser, dir.resolve("chromedriver"), true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining(dir.resolve("chromedriver") + " is missing")
                .hasMessageContaining("apt-get install -y chromium chromium-driver")
                .hasMessageContaining("CI=true");
    }

    @Test
    void bothInstalled_runs(@TempDir Path dir) throws IOException {
        Path browser = executable(dir.resolve("chromium"));
        Path driver = executable(dir.resolve("chromedriver"));
        assertThatCode(() -> Chromium.requireInstalled(browser, driver, true)).doesNotThrowAnyException();
    }

    static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
