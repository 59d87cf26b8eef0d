package org.societyflow.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for the end-to-end tests, registered as a JUnit extension
 * ({@code @RegisterExtension Browser browser = new Browser();}): a fresh browser and profile per test, a
 * screenshot and the page source in {@code target/e2e-screenshots/} when a test fails, and a few helpers for
 * the portal.
 *
 * <p>Uses the system's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; Selenium Manager never
 * downloads anything. Without them the test is skipped, unless {@code SOCIETYFLOW_E2E_REQUIRED=true} (CI),
 * then it fails.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private WebDriver driver;
    private ChromeDriverService service;
    private Path profile;
    private String baseUrl;

    // ---- lifecycle ----

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        requireBrowser();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("societyflow-e2e-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        // an explicit driver executable: Selenium Manager is not consulted
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            capture(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
                service = null;
            }
            deleteProfile();
        }
    }

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String message = "End-to-end browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("SOCIETYFLOW_E2E_REQUIRED"))) {
            throw new IllegalStateException(message + ", and SOCIETYFLOW_E2E_REQUIRED=true");
        }
        Assumptions.abort(message + "; skipped (set SOCIETYFLOW_E2E_REQUIRED=true to fail instead)");
    }

    /** Saves a screenshot and the page source of the current page; returns the screenshot's path. */
    public Optional<Path> capture(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            String stem = name.replaceAll("[^A-Za-z0-9_.-]", "_") + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path png = SCREENSHOTS.resolve(stem + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), png);
            Files.writeString(SCREENSHOTS.resolve(stem + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            StringBuilder console = new StringBuilder();
            driver.manage().logs().get("browser").forEach(entry -> console.append(entry).append('\n'));
            Files.writeString(SCREENSHOTS.resolve(stem + ".console.log"), console, StandardCharsets.UTF_8);
            System.err.println("[e2e] failure screenshot: " + png.toAbsolutePath());
            return Optional.of(png);
        } catch (RuntimeException | IOException e) {
            System.err.println("[e2e] could not save a screenshot: " + e);
            return Optional.empty();
        }
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        profile = null;
    }

    // ---- helpers ----

    public WebDriver driver() {
        return driver;
    }

    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return waitUntil(TIMEOUT, condition);
    }

    public <T> T waitUntil(Duration timeout, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(200)).until(condition);
    }

    public WebElement visible(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return waitUntil(ExpectedConditions.elementToBeClickable(by));
    }

    /**
     * Follows the portal menu's link to a page whose path ends with {@code path}, as a user does: a link inside a
     * group opens the group first.
     */
    public void menu(String path) {
        By link = By.cssSelector("header.topbar nav a[href$='" + path + "']");
        WebElement found = waitUntil(ExpectedConditions.presenceOfElementLocated(link));
        List<WebElement> group = found.findElements(By.xpath("ancestor::details[contains(@class,'menu')]/summary"));
        if (!group.isEmpty() && !found.isDisplayed()) {
            group.get(0).click();
        }
        click(link);
    }

    /**
     * Scrolls the element to the middle of its scroll container and clicks it; tries again while something
     * else is in the way (Tasklist's footer, a form that re-renders) or the element was replaced.
     */
    public void click(By by) {
        waitUntil(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return null;
            }
            try {
                scrollIntoView(element);
                element.click();
                return true;
            } catch (ElementClickInterceptedException | StaleElementReferenceException e) {
                return null;
            }
        });
    }

    public void type(By by, String text) {
        WebElement element = visible(by);
        scrollIntoView(element);
        element.clear();
        element.sendKeys(text);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return visible(by).getText().strip();
    }

    public void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Logs in through the portal's form and waits for the home page. */
    public void login(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("login"));
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        visible(By.cssSelector("header.topbar .user"));
    }

    /** Logs out with the portal's 退出 button, then forgets every cookie (the webapps' too). */
    public void logout() {
        open("/");
        List<WebElement> logout = all(By.xpath("//header//form//button[normalize-space()='退出']"));
        if (!logout.isEmpty()) {
            logout.get(0).click();
            waitUntil(d -> d.getCurrentUrl().contains("/login"));
        }
        driver.manage().deleteAllCookies();
    }
}
