package io.github.veivalg.examples.service;

import io.github.veivalg.Assessment;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.PathResult;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.Presumption;
import io.github.veivalg.Question;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonIo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard at {@code GET /} in a real browser (Debian's Chromium, headless), against the service
 * started in this JVM. Two full walks, answered from the sample cases with the keyboard only: each
 * question the page asks is answered with the case's value, or with "don't know" when the case has
 * none. What the page shows is checked against the library's own answer for the request the page
 * built; the protocol text, the language switch, the downloaded request and its re-run too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WizardInChromiumTest {

    static final Path CASES = Path.of(System.getProperty("veivalg.cases", "cases"));
    static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");

    /** Who buys, what, value, supplier: the wizard asks these first, in this order. */
    static final List<String> FIRST = List.of("evaluationDate", "buyer.authorityKind", "purchase.subjectType",
            "purchase.serviceCategory", "purchase.cpvCodes", "purchase.estimatedValueNok",
            "purchase.valueIncludesOptionsAndExtensions", "supplier.supplierLegalForm", "supplier.isNonProfit",
            "supplier.mainPurposeWorkIntegration");

    Veivalg veivalg;
    VeivalgServer server;
    ChromeDriver driver;
    Path downloads;

    @BeforeAll
    void start() throws Exception {
        Chromium.requireInstalled();
        veivalg = Veivalg.create();
        server = VeivalgServer.start(ServerConfig.defaults().withPort(0), veivalg);
        Path work = Files.createDirectories(TARGET.resolve("wizard-browser"));
        downloads = Files.createDirectories(work.resolve("downloads"));
        driver = Chromium.start(downloads, work.resolve("profile-" + ProcessHandle.current().pid()));
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (veivalg != null) {
            veivalg.close();
        }
    }

    // ------------------------------------------------------------------------------------------

    @Test
    void healthAndSocialServiceFromAnIdeellFoundation_opensTheReservationForIdeelle() throws Exception {
        Walk walk = walk("health-social-ideell-foundation");

        // The spec's expectation (FOA § 30-2a): chapter 30 applies, and the competition can be reserved for ideelle.
        assertThat(walk.open()).contains("RESERVED_NONPROFIT_HEALTH_SOCIAL", "SPECIAL_SERVICES_REGIME");
        assertThat(walk.closed()).contains("RESERVED_WORK_INTEGRATION", "DIRECT_AWARD");
        assertThat(text("[data-path='RESERVED_NONPROFIT_HEALTH_SOCIAL'] .basis")).contains("FOA § 30-2a");
        assertThat(text("#warnings")).contains("ESA");

        protocolAndLanguage(walk, "RESERVED_NONPROFIT_HEALTH_SOCIAL", "health-social-ideell-foundation");
        downloadAndRerun(walk);
    }

    @Test
    void canteenFromAWorkIntegrationEnterprise_opensTheReservedCompetition() throws Exception {
        Walk walk = walk("canteen-work-integration");

        // FOA § 8-8: a Part II competition (annex 2 services) that may be reserved for work integration.
        assertThat(walk.open()).contains("RESERVED_WORK_INTEGRATION", "PART_II_OPEN", "PART_II_RESTRICTED");
        assertThat(walk.closed()).contains("RESERVED_NONPROFIT_HEALTH_SOCIAL", "SPECIAL_SERVICES_REGIME", "DIRECT_AWARD");
        assertThat(text("[data-path='RESERVED_WORK_INTEGRATION'] .basis")).contains("FOA § 8-8");

        protocolAndLanguage(walk, "RESERVED_WORK_INTEGRATION", "canteen-work-integration");
        downloadAndRerun(walk);
    }

    @Test
    void aRefusedAnswerListsEveryError_andALostConnectionKeepsTheAnswers() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(server.uri().resolve("/").toString());
        wait.until(d -> "evaluationDate".equals(d.findElement(By.id("question")).getAttribute("data-fact")));
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("evaluationDate", "2025-10-01");
        answers.put("buyer.authorityKind", "MUNICIPALITY");
        answers.put("purchase.subjectType", "SERVICES");
        answers.put("purchase.serviceCategory", "HEALTH_AND_SOCIAL");
        answers.forEach((fact, value) -> {
            assertThat(driver.findElement(By.id("question")).getAttribute("data-fact")).isEqualTo(fact);
            int n = assessments();
            answerWithTheKeyboard(fact, value);
            wait.until(d -> assessments() > n);
        });

        // Two bad CPV codes: the service refuses with 400, the page lists both and asks the question again.
        assertThat(driver.findElement(By.id("question")).getAttribute("data-fact")).isEqualTo("purchase.cpvCodes");
        int n = assessments();
        answerWithTheKeyboard("purchase.cpvCodes", List.of("85312000", "1234", "abc"));
        wait.until(d -> assessments() > n);
        WebElement problems = driver.findElement(By.id("problems"));
        assertThat(problems.isDisplayed()).isTrue();
        assertThat(problems.getAttribute("role")).isEqualTo("alert");
        assertThat(problems.getText()).startsWith("Tjenesten avviste forespørselen.");
        assertThat(problems.findElements(By.cssSelector("li[data-field^='purchase.cpvCodes']"))).hasSize(2);
        assertThat(driver.findElement(By.id("question")).getAttribute("data-fact")).isEqualTo("purchase.cpvCodes");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("back in the refused field").isEqualTo("answer-value");
        assertThat(driver.findElement(By.id("protocol-none")).isDisplayed()).as("no protocol text while no path is open").isTrue();
        assertThat(driver.findElement(By.id("protocol-text")).isDisplayed()).isFalse();
        Chromium.screenshot(driver, TARGET.resolve("wizard-refused-cpv-codes-nb.png"));
        int corrected = assessments();
        answerWithTheKeyboard("purchase.cpvCodes", List.of("85312000"));
        wait.until(d -> assessments() > corrected);
        assertThat(driver.findElement(By.id("problems")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("question")).getAttribute("data-fact")).isEqualTo("purchase.estimatedValueNok");

        // The connection is lost: a polite message with a way to try again, and nothing answered is lost.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        int offline = assessments();
        answerWithTheKeyboard("purchase.estimatedValueNok", 12_000_000);
        wait.until(d -> assessments() > offline);
        assertThat(driver.findElement(By.id("problems")).getText()).startsWith("Fikk ikke kontakt med tjenesten. Svarene dine er tatt vare på.");
        assertThat(shownRequest().get("purchase")).isEqualTo(Map.of("subjectType", "SERVICES", "serviceCategory", "HEALTH_AND_SOCIAL",
                "cpvCodes", List.of("85312000"), "estimatedValueNok", 12_000_000));
        driver.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        int online = assessments();
        driver.findElement(By.id("retry")).sendKeys(Keys.ENTER);
        wait.until(d -> assessments() > online);
        assertThat(driver.findElement(By.id("problems")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("band")).getText()).as("the retried request had the kept value").contains("Anslått verdi: 12 000 000 kr");
        assertThat(driver.findElement(By.id("question")).getAttribute("data-fact")).isEqualTo("purchase.valueIncludesOptionsAndExtensions");
    }

    // ------------------------------------------------------------------------------------------

    /** What a walk saw: the facts asked in order, the request shown before each answer, and the final answer's paths. */
    record Walk(String name, Map<String, Object> request, List<String> asked, List<Map<String, Object>> before,
                Map<String, String> statuses) {
        List<String> open() {
            return ids(s -> s.equals("OPEN") || s.equals("OPEN_WITH_JUSTIFICATION"));
        }

        List<String> closed() {
            return ids(s -> s.equals("CLOSED") || s.equals("NOT_REQUIRED"));
        }

        private List<String> ids(java.util.function.Predicate<String> status) {
            return statuses.entrySet().stream().filter(e -> status.test(e.getValue())).map(Map.Entry::getKey).toList();
        }
    }

    Walk walk(String name) throws IOException {
        Map<String, Object> theCase = JsonIo.readObject(Files.readString(CASES.resolve(name + ".json")));
        driver.get(server.uri().resolve("/").toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> "evaluationDate".equals(d.findElement(By.id("question")).getAttribute("data-fact")));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");

        List<String> asked = new ArrayList<>();
        List<Map<String, Object>> before = new ArrayList<>();
        for (int step = 0; !driver.findElement(By.id("done")).isDisplayed(); step++) {
            assertThat(step).as("the walk ends: questions asked so far %s", asked).isLessThan(150);
            String fact = driver.findElement(By.id("question")).getAttribute("data-fact");
            assertThat(asked).as("no question is asked twice").doesNotContain(fact);
            asked.add(fact);
            before.add(shownRequest());
            everyInputHasALabel(fact);
            int assessed = assessments();
            answerWithTheKeyboard(fact, lookup(theCase, fact));
            wait.until(d -> assessments() > assessed);
            assertThat(driver.findElement(By.id("problems")).isDisplayed())
                    .as("no refusal after answering %s: %s", fact, driver.findElement(By.id("problems")).getText()).isFalse();
        }

        // The first questions are who buys, what, value and supplier; only then the ones that change an answer.
        List<String> firstAsked = asked.stream().filter(FIRST::contains).toList();
        assertThat(asked.subList(0, firstAsked.size())).as("the first questions come first").isEqualTo(firstAsked);
        assertThat(firstAsked).as("in this order").isEqualTo(FIRST.stream().filter(asked::contains).toList());
        assertThat(firstAsked).contains("evaluationDate", "buyer.authorityKind", "purchase.estimatedValueNok", "supplier.supplierLegalForm");
        for (int i = firstAsked.size(); i < asked.size(); i++) {
            Assessment then = veivalg.assess(JsonContract.requestFromMap(before.get(i)), Veivalg.DEFAULT_LOCALE);
            String fact = asked.get(i);
            assertThat(then.nextQuestions()).as("%s was asked because it was among the answer's next questions then", fact)
                    .filteredOn(q -> q.fact().equals(fact)).singleElement()
                    .satisfies(q -> assertThat(q.aboutAnException()).as("%s is not about an exception: those are offered, not asked", fact).isFalse());
        }

        // The page shows the library's answer for the request it built, each path in its place, with why.
        Map<String, Object> request = shownRequest();
        Assessment expected = veivalg.assess(JsonContract.requestFromMap(request), Veivalg.DEFAULT_LOCALE);
        Map<String, String> statuses = shownStatuses();
        assertThat(statuses).isEqualTo(statusesOf(expected));
        assertReasons(expected);
        // Spec a.0: an exception nobody has shown is presumed not to apply, so its questions are not asked:
        // the walk ends with every path decided but those waiting for an exception's own facts (offered
        // under the done message) or for a fact answered "vet ikke".
        List<String> skippedFacts = asked.stream().filter(f -> lookup(theCase, f) == null).toList();
        List<String> exceptions = expected.nextQuestions().stream().filter(Question::aboutAnException).map(Question::fact).toList();
        System.out.printf("Wizard walk %s: %d questions, %d of them answered 'vet ikke'; %d exceptions offered; %d paths undetermined%n",
                name, asked.size(), skippedFacts.size(), exceptions.size(), expected.undeterminedPaths().size());
        List<String> waitedFor = new ArrayList<>(skippedFacts);
        waitedFor.addAll(exceptions);
        assertThat(expected.undeterminedPaths()).as("undetermined only for an exception or a fact answered 'vet ikke'")
                .allSatisfy(p -> assertThat(p.missingFacts()).containsAnyElementsOf(waitedFor));
        assertThat(expected.nextQuestions()).as("nothing left to ask but exceptions")
                .allSatisfy(q -> assertThat(q.aboutAnException() || skippedFacts.contains(q.fact())).as(q.fact()).isTrue());
        assertThat(driver.findElements(By.cssSelector("#exceptions li[data-fact]")).stream().map(e -> e.getAttribute("data-fact")).toList())
                .as("the exceptions offered").isEqualTo(exceptions.stream().filter(f -> !skippedFacts.contains(f)).toList());
        // ... which is the answer to the whole sample case: the questions asked were the ones that matter.
        Assessment whole = veivalg.assess(JsonContract.requestFromMap(theCase), Veivalg.DEFAULT_LOCALE);
        assertThat(statuses).isEqualTo(statusesOf(whole));
        // Open paths come first in the answer, the closed ones last.
        List<String> order = driver.findElements(By.cssSelector("#answer li[data-path]")).stream().map(e -> e.getAttribute("data-status")).toList();
        assertThat(order.get(0)).isIn("OPEN", "OPEN_WITH_JUSTIFICATION");
        assertThat(order.indexOf("OPEN")).isLessThan(order.indexOf("CLOSED"));

        assertThat(driver.findElement(By.id("summary")).getText()).contains(expected.openPaths().size() + " åpne veier");
        long skipped = asked.stream().filter(f -> lookup(theCase, f) == null).count();
        assertThat(driver.findElement(By.id("progress")).getText()).isEqualTo((asked.size() - skipped) + " besvart, " + skipped + " «vet ikke»");
        nothingFromAnotherHost();
        contrastIsSufficient();
        return new Walk(name, request, asked, before, statuses);
    }

    /** Answers the current question without a mouse: arrow keys or typing, then Tab to a button and Enter. */
    void answerWithTheKeyboard(String fact, Object value) {
        WebElement focused = driver.switchTo().activeElement();
        if (value == null) {
            focused.sendKeys(Keys.TAB, Keys.TAB);  // past "Neste" to "Vet ikke"
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("skip");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            return;
        }
        List<WebElement> radios = driver.findElements(By.cssSelector("#question-input input[type='radio']"));
        if (!radios.isEmpty()) {
            List<String> values = radios.stream().map(r -> r.getAttribute("value")).toList();
            int index = values.indexOf(String.valueOf(value));
            assertThat(index).as("%s offers %s", fact, value).isNotNegative();
            assertThat(focused.getAttribute("name")).as("the first choice has the focus").isEqualTo("answer");
            if (index == 0) {
                focused.sendKeys(Keys.SPACE);
            }
            for (int i = 0; i < index; i++) {
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            }
            assertThat(radios.get(index).isSelected()).isTrue();
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement next = driver.switchTo().activeElement();
            assertThat(next.getAttribute("id")).isEqualTo("next");
            focusIsVisible();
            next.sendKeys(Keys.ENTER);
            return;
        }
        assertThat(focused.getAttribute("id")).as("the answer field has the focus").isEqualTo("answer-value");
        if ("date".equals(focused.getAttribute("type"))) {
            // A date field's keys depend on the browser's locale; its value is set as the date picker would.
            driver.executeScript("arguments[0].value = arguments[1]", focused, value);
        } else {
            focused.clear();
            focused.sendKeys(typed(value));
        }
        focused.sendKeys(Keys.ENTER);
    }

    static String typed(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Number n && n.longValue() >= 10_000 && n.doubleValue() == n.longValue()) {
            return String.format(Locale.ROOT, "%,d", n.longValue()).replace(',', ' ');  // as a Norwegian writes 12 000 000
        }
        return String.valueOf(value);
    }

    static Object lookup(Map<String, Object> request, String fact) {
        if (!fact.contains(".")) {
            return request.get(fact);
        }
        String[] parts = fact.split("\\.", 2);
        return request.get(parts[0]) instanceof Map<?, ?> group ? group.get(parts[1]) : null;
    }

    // ------------------------------------------------------------------------------------------

    void protocolAndLanguage(Walk walk, String chosen, String screenshot) throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Assessment nb = veivalg.assess(JsonContract.requestFromMap(walk.request()), Veivalg.DEFAULT_LOCALE);
        WebElement choose = driver.findElement(By.cssSelector("[data-choose='" + chosen + "']"));
        choose.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.id("protocol-path")).getAttribute("value")).isEqualTo(chosen);
        String expectedProtocol = veivalg.protocolText(nb, PathId.valueOf(chosen));
        protocolShown(expectedProtocol);
        String protocol = driver.findElement(By.id("protocol-text")).getAttribute("value");
        assertThat(protocol).startsWith("Valgt anskaffelsesvei: " + veivalg.explain(PathId.valueOf(chosen), Veivalg.DEFAULT_LOCALE).title())
                .contains(nb.path(PathId.valueOf(chosen)).legalBasis().get(0));
        driver.findElement(By.id("copy")).sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("copy-status")).getText().isEmpty());
        assertThat(driver.findElement(By.id("copy-status")).getText()).isEqualTo("Kopiert.");

        // Closed paths are there with why, one click away.
        driver.findElement(By.cssSelector("#closed-box summary")).click();
        nb.paths().stream().filter(p -> p.status() == PathStatus.CLOSED).forEach(p -> {
            WebElement reason = driver.findElement(By.cssSelector("#closed-paths [data-path='" + p.id() + "'] .reason"));
            assertThat(reason.isDisplayed()).isTrue();
            assertThat(reason.getAttribute("textContent")).isEqualTo(p.reason());
        });
        driver.findElement(By.cssSelector("#closed-box summary")).click();

        Chromium.screenshot(driver, TARGET.resolve("wizard-" + screenshot + "-nb.png"));

        // English: the page, its lang, the library's English reasons and protocol text, the same choice kept.
        int assessed = assessments();
        driver.findElement(By.id("lang-toggle")).sendKeys(Keys.ENTER);
        wait.until(d -> assessments() > assessed);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.getTitle()).startsWith("Veivalg – which");
        assertThat(driver.findElement(By.id("answer-title")).getText()).isEqualTo("The answer so far");
        assertThat(driver.findElement(By.id("lang-toggle")).getText()).isEqualTo("Norsk (bokmål)");
        assertThat(driver.findElement(By.id("lang-toggle")).getAttribute("lang")).isEqualTo("nb");
        Assessment en = veivalg.assess(JsonContract.requestFromMap(walk.request()), Locale.ENGLISH);
        assertThat(shownStatuses()).isEqualTo(walk.statuses());
        assertReasons(en);
        assertThat(driver.findElement(By.id("summary")).getText()).contains(en.openPaths().size() + " open paths");
        assertThat(driver.findElement(By.id("protocol-path")).getAttribute("value")).isEqualTo(chosen);
        protocolShown(veivalg.protocolText(en, PathId.valueOf(chosen)));
        String englishTitle = veivalg.explain(PathId.valueOf(chosen), Locale.ENGLISH).title();
        wait.until(d -> d.findElement(By.cssSelector("[data-title-for='" + chosen + "']")).getText().equals(englishTitle));
        Chromium.screenshot(driver, TARGET.resolve("wizard-" + screenshot + "-en.png"));

        // ... and back to bokmål.
        int again = assessments();
        driver.findElement(By.id("lang-toggle")).sendKeys(Keys.ENTER);
        wait.until(d -> assessments() > again);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
        assertThat(driver.findElement(By.id("answer-title")).getText()).isEqualTo("Svaret så langt");
        assertReasons(nb);
    }

    void downloadAndRerun(Walk walk) throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String name = driver.findElement(By.id("download")).getAttribute("download");
        assertThat(name).isEqualTo("veivalg-sak-" + walk.request().get("evaluationDate") + ".json");
        Path file = downloads.resolve(name);
        Files.deleteIfExists(file);
        driver.findElement(By.id("download")).sendKeys(Keys.ENTER);
        wait.until(d -> Files.isRegularFile(file) && sizeOf(file) > 0);
        Map<String, Object> saved = JsonIo.readObject(Files.readString(file));
        assertThat(saved).isEqualTo(walk.request());

        // Started again and given the saved file, the page shows the same answer: the case is reproduced.
        driver.findElement(By.id("restart")).sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.id("question")).getAttribute("data-fact")).isEqualTo("evaluationDate");
        int assessed = assessments();
        driver.findElement(By.id("upload")).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> assessments() > assessed);
        assertThat(shownStatuses()).isEqualTo(walk.statuses());
        assertThat(shownRequest()).isEqualTo(walk.request());
        assertThat(driver.findElement(By.id("done")).isDisplayed()).isTrue();
    }

    /** The protocol text shown is the library's, once the page has the path's title. */
    void protocolShown(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> expected.equals(d.findElement(By.id("protocol-text")).getAttribute("value")));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(driver.findElement(By.id("protocol-text")).getAttribute("value")).as("the protocol text").isEqualTo(expected);
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    // ------------------------------------------------------------------------------------------

    int assessments() {
        String n = driver.findElement(By.tagName("body")).getAttribute("data-assessments");
        return n == null ? 0 : Integer.parseInt(n);
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getAttribute("textContent");
    }

    Map<String, Object> shownRequest() {
        return JsonIo.readObject(driver.findElement(By.id("request-json")).getAttribute("textContent"));
    }

    Map<String, String> shownStatuses() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement item : driver.findElements(By.cssSelector("#answer li[data-path]"))) {
            assertThat(shown.put(item.getAttribute("data-path"), item.getAttribute("data-status"))).as("each path once").isNull();
        }
        return shown;
    }

    static Map<String, String> statusesOf(Assessment a) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PathResult p : a.paths()) {
            out.put(p.id().name(), p.status().name());
        }
        return out;
    }

    void assertReasons(Assessment expected) {
        for (PathResult p : expected.paths()) {
            assertThat(text("[data-path='" + p.id() + "'] .reason")).as(p.id().name()).isEqualTo(p.reason());
            // What the status rests on (spec a.0), in the library's sentences, each once.
            assertThat(driver.findElements(By.cssSelector("[data-path='" + p.id() + "'] .presumptions li")).stream()
                    .map(e -> e.getAttribute("textContent")).toList()).as("presumptions of %s", p.id())
                    .containsExactlyElementsOf(p.presumptions().stream().map(Presumption::text).toList());
            if (p.status() == PathStatus.OPEN) {
                String obligations = text("[data-path='" + p.id() + "']");
                p.obligations().forEach(o -> assertThat(obligations).contains(o));
                assertThat(text("[data-path='" + p.id() + "'] .basis")).contains(p.legalBasis().get(0));
            }
        }
    }

    void everyInputHasALabel(String fact) {
        assertThat(driver.findElement(By.id("question-text")).getText()).as("%s has a question", fact).isNotBlank();
        for (WebElement input : driver.findElements(By.cssSelector("#question-input input"))) {
            String id = input.getAttribute("id");
            assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']"))).as("%s: input %s has a label", fact, id).hasSize(1);
        }
    }

    void focusIsVisible() {
        Object outline = driver.executeScript("var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertThat(String.valueOf(outline)).as("focus outline of %s", driver.switchTo().activeElement().getAttribute("id")).startsWith("solid 3px");
    }

    /** Every resource the page loaded came from the service itself. */
    void nothingFromAnotherHost() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) driver.executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        String origin = server.uri().resolve("/").toString();
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin));
    }

    /** WCAG AA: text against its background at 4.5:1 or more, for the kinds of text on the page. */
    void contrastIsSufficient() {
        @SuppressWarnings("unchecked")
        List<Object> low = (List<Object>) driver.executeScript(String.join("\n",
                "function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number); return m.length > 3 && m[3] === 0 ? null : m; }",
                "function lum(c) { return [0, 1, 2].map(function (i) { var v = c[i] / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })",
                "  .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }",
                "function bg(e) { for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor); if (c) { return c; } } return [255, 255, 255]; }",
                "var low = [];",
                "document.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, label, legend, button, a, .badge, summary, code').forEach(function (e) {",
                "  if (!e.offsetParent || !e.textContent.trim()) { return; }",
                "  var a = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));",
                "  var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);",
                "  if (ratio < 4.5) { low.push(e.tagName + '.' + e.className + ' ' + ratio.toFixed(2) + ' ' + e.textContent.trim().slice(0, 40)); }",
                "});",
                "return low;"));
        assertThat(low).as("text with too little contrast").isEmpty();
    }
}
