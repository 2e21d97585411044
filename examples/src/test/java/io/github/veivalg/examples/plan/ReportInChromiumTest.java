package io.github.veivalg.examples.plan;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The sample plan's report opens in a real browser (Debian's Chromium, headless), which takes a screenshot of it. */
class ReportInChromiumTest {

    static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("Chromium is not installed, and CI=true: a skipped browser test is a failure there (apt-get install -y chromium)");
        }
        Assumptions.abort("Chromium is not installed (apt-get install -y chromium); the browser test is skipped");
        return null;
    }

    @Test
    void theReportOpensInChromium_andAScreenshotIsTaken(@TempDir Path dir) throws IOException, InterruptedException {
        Path browser = chromium();
        Path out = dir.resolve("plan");
        assertThat(SamplePlanTest.cli("screen-plan", SamplePlanTest.PLANS.resolve("sample-plan.csv").toString(), "--out", out.toString(),
                "--date", "2026-01-15").exit()).isZero();
        Path png = dir.resolve("report.png");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png, "--window-size=1200,1600",
                out.resolve("report.html").toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();
        byte[] image = Files.readAllBytes(png);
        assertThat(image.length).isGreaterThan(20_000);
        assertThat(new String(image, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(1200);
        // Not a blank page: the report's dark heading and bars are on it.
        long dark = 0;
        for (int y = 0; y < read.getHeight(); y += 4) {
            for (int x = 0; x < read.getWidth(); x += 4) {
                int rgb = read.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 80 && ((rgb >> 8) & 0xFF) < 120) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(1000);
    }
}
