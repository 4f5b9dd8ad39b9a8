#!/usr/bin/python3
"""Opens recmap's HTML export of recognition:PSE in headless Chromium (Selenium) and checks it as
a reader would: hovering France shows its status in the tooltip, moving the date slider to an
earlier date recolours Spain and changes the legend's counts, Tab moves the keyboard focus
through the entities with their details, and the console holds no error.

usage: html_in_chromium.py PAGE.html    (prints one line per check; exit 1 on the first failure)
"""
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


INSIDE_FRANCE = """
const path = document.querySelector("g#FRA > path");
const box = path.getBBox();
let best = null;
for (let i = 1; i < 60; ++i) for (let j = 1; j < 60; ++j) {
  const p = new DOMPoint(box.x + box.width * i / 60, box.y + box.height * j / 60);
  const below = new DOMPoint(p.x, p.y + box.height / 60);
  if (path.isPointInFill(p) && path.isPointInFill(below) && (!best || p.y < best.y)) best = below;
}
const screen = best.matrixTransform(path.getScreenCTM());
return [screen.x, screen.y];
"""


def check(condition, message):
    if not condition:
        print("FAIL: " + message)
        sys.exit(1)
    print("ok: " + message)


def main(page):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--user-data-dir=" + str(page.parent / "chromium-profile")):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get(page.resolve().as_uri())
        title = driver.find_element(By.ID, "title").text
        check("Palestine" in title, "the title names the subject: " + title)

        # France's shape includes French Guiana, so the middle of its box is at sea: hover the
        # northernmost point of a grid inside its fill (metropolitan France), in screen pixels.
        x, y = driver.execute_script(INSIDE_FRANCE)
        pointer = ActionBuilder(driver)
        pointer.pointer_action.move_to_location(int(x), int(y))
        pointer.perform()
        tooltip = driver.find_element(By.ID, "tooltip")
        check(tooltip.is_displayed(), "hovering France shows the tooltip")
        text = tooltip.text
        check("France" in text and "recognise" in text.lower(),
              "the tooltip gives France's status: " + text.splitlines()[1] if len(text.splitlines()) > 1 else text)
        links = tooltip.find_elements(By.TAG_NAME, "a")
        check(len(links) > 0 and links[0].get_attribute("href").startswith("http"),
              "the tooltip links its sources (%d links)" % len(links))

        spain = driver.find_element(By.CSS_SELECTOR, "g#ESP > path")
        legend_now = driver.find_element(By.ID, "legend").text
        fill_now = spain.get_attribute("fill")
        slider = driver.find_element(By.ID, "date")
        # Back before Spain's recognition (2024-05-28), a step at a time as a reader would.
        for _ in range(200):
            if driver.find_element(By.ID, "date-label").text < "2024-05-01":
                break
            slider.send_keys(Keys.ARROW_LEFT)
        earlier = driver.find_element(By.ID, "date-label").text
        fill_then = spain.get_attribute("fill")
        legend_then = driver.find_element(By.ID, "legend").text
        check(fill_then != fill_now, "on %s Spain's fill changed (%s, today %s)" % (earlier, fill_then, fill_now))
        check(legend_then != legend_now, "the legend's counts changed:\n  then: %s\n  now:  %s"
              % (legend_then.replace("\n", "; "), legend_now.replace("\n", "; ")))
        count = lambda legend: int(legend.split("Recognises: ")[1].split()[0])
        check(count(legend_then) < count(legend_now), "fewer recognise then: %d, now %d"
              % (count(legend_then), count(legend_now)))
        slider.send_keys(Keys.HOME)
        earliest = driver.find_element(By.ID, "date-label").text
        check(earliest < "2000", "the slider's first date is the view's first event: " + earliest)

        focused = []
        for _ in range(12):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            active = driver.switch_to.active_element
            if "entity" in (active.get_attribute("class") or "").split():
                focused.append(active.get_attribute("id"))
        check(len(focused) >= 3, "Tab moves through entities: " + " ".join(focused))
        check(driver.find_element(By.ID, "tooltip").is_displayed(),
              "the focused entity's details are shown: " + driver.find_element(By.ID, "tooltip").text.splitlines()[0])

        view_box = 'return document.querySelector("#map > svg").getAttribute("viewBox");'
        zoom_before = driver.execute_script(view_box)
        driver.find_element(By.ID, "zoom-in").click()
        zoom_after = driver.execute_script(view_box)
        check(zoom_before != zoom_after, "the zoom button zooms: " + zoom_after)

        errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check(not errors, "no console errors %s" % errors)
    finally:
        driver.quit()


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
