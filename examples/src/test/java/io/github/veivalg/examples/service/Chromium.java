package io.github.veivalg.examples.service;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver. Both are named by file, so that
 * Selenium Manager never looks for (or downloads) a browser or a driver of its own.
 */
final class Chromium {

    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    // Selenium's DevTools bindings are not on the class path (only chromedriver's own CDP command is
    // used, for screenshots and going offline), so its notice that none matches this Chromium is noise.
    private static final java.util.logging.Logger CDP_NOTICE = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private Chromium() {
    }

    static Path browser() {
        return Path.of(System.getProperty("veivalg.chromium", "/usr/bin/chromium"));
    }

    static Path driver() {
        return Path.of(System.getProperty("veivalg.chromedriver", "/usr/bin/chromedriver"));
    }

    /** Skips the calling test when Chromium or chromedriver is missing, saying how to install them; under CI=true, fails instead. */
    static void requireInstalled() {
        requireInstalled(browser(), driver(), "true".equals(System.getenv("CI")));
    }

    static void requireInstalled(Path browser, Path driver, boolean ci) {
        String missing = !Files.isExecutable(browser) ? browser.toString() : !Files.isExecutable(driver) ? driver.toString() : null;
        if (missing == null) {
            return;
        }
        String message = missing + " is missing, so the wizard's browser tests cannot run. Install Chromium and its driver: " + INSTALL;
        if (ci) {
            fail(message + " (CI=true: a skipped browser test is a failure here; .ci/run installs them)");
        }
        System.err.println("[WizardInChromiumTest] SKIPPED: " + message);
        Assumptions.abort(message);
    }

    /** A new headless Chromium that saves downloads into {@code downloads}. */
    static ChromeDriver start(Path downloads, Path profile) {
        CDP_NOTICE.setLevel(java.util.logging.Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", driver().toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().toFile());
        // --no-sandbox: the tests may run as root (in a container), where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=nb", "--user-data-dir=" + profile.toAbsolutePath(),
                "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        return new ChromeDriver(service, options);
    }

    /** A screenshot of the whole page, not only the window, as PNG. */
    static void screenshot(ChromeDriver driver, Path png) throws IOException {
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width.intValue(), "height", height.intValue(), "scale", 1)));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
