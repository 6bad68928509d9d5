// Opens the Neo4j Browser served by `paperkg serve`, runs a Cypher query in it like a person would
// (type into the editor, Ctrl+Enter), waits for the result table and saves a screenshot.
// usage: node browser-check.mjs HTTP_URL EXPECTED SCREENSHOT   (run by browser-check.sh)
import puppeteer from 'puppeteer-core';

const [url, expected, screenshot] = process.argv.slice(2);
const query = 'MATCH (p:Paper) RETURN count(p)';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--window-size=1400,900'],
  defaultViewport: { width: 1400, height: 900 },
});
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(url, { waitUntil: 'networkidle2' });
  console.log('opened', page.url());

  // Connected when the connection frame says so; click Connect if the form waits for it.
  await page.waitForFunction(
    () => /Connect/.test(document.body.innerText) || /You are connected/.test(document.body.innerText),
  );
  const connect = await page.$('button[data-testid="connect"]');
  if (connect && !(await page.evaluate(() => /You are connected/.test(document.body.innerText)))) {
    await connect.click();
  }
  await page.waitForFunction(() => /You are connected|Connected to Neo4j/.test(document.body.innerText));
  console.log('connected');

  // The main editor (CodeMirror 6 in Browser 5.x, Monaco in older builds): focus it and type.
  const editor = await page.waitForSelector(
    '[data-testid="activeEditor"] .cm-content, .cm-content, [data-testid="activeEditor"] textarea, .monaco-editor textarea',
  );
  await editor.click();
  await page.keyboard.type(query);
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');

  // The newest frame is on top: it must show our query and a table with the count.
  await page.waitForFunction(
    (q, n) => {
      const frames = [...document.querySelectorAll('[data-testid="frame"], article')];
      return frames.some((f) => f.innerText.includes('count(p)') && new RegExp(`(^|\\s)${n}(\\s|$)`).test(f.innerText)
        && !f.innerText.includes(q + '\n' + q));
    },
    {},
    query,
    expected,
  );
  console.log(`result shows ${expected}`);
  await new Promise((r) => setTimeout(r, 1000)); // let the table finish rendering
  await page.screenshot({ path: screenshot });
  console.log('screenshot', screenshot);
} finally {
  await browser.close();
}
