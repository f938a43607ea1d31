import { readDocument } from './read-document';
import { encodeAs, seedText } from './seed-fixtures';

// Chinese paragraphs open with two ideographic spaces.
const INDENT = '\u3000\u3000';

const XINJIE_LINES = seedText('004_2a50b552bcae988d.txt')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '')
  .slice(5, 14);

function governmentPage(charset: string): string {
  const paragraphs = XINJIE_LINES.map((line) => `<p>${INDENT}${line}</p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>新街街道第二季度重点任务执行情况_杭州市萧山区人民政府</title>
<meta name="ArticleTitle" content="杭州市萧山区人民政府新街街道办事处2024年《政府工作报告》第二季度重点任务执行情况">
<meta name="PubDate" content="2024-07-08 14:44">
<meta name="ContentSource" content="新街街道">
<style>.zoom { font-size: 16px }</style><script>var share = "CREATE";</script></head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a>政务公开</a></div>
<nav>当前位置：首页 &gt; 政务公开</nav>
<div id="zoom">
<h1>杭州市萧山区人民政府新街街道办事处2024年《政府工作报告》第二季度重点任务执行情况</h1>
<div>发布日期：2024-07-08 14:44 信息来源：新街街道</div>
${paragraphs}
<table><tr><td>任务类别</td><td>具体任务</td></tr></table>
</div>
<div class="bdshare"><a>分享到：</a><a>微信</a><a>微博</a></div>
<div>【<a>打印</a>】【<a>关闭窗口</a>】</div>
<p>上一篇 下一篇</p><p>扫一扫在手机打开当前页</p><p>返回首页</p>
<footer>主办单位：杭州市萧山区人民政府办公室</footer>
</body></html>`;
}

describe('readDocument on saved government pages', () => {
  it('keeps the article, one line per block, and drops scripts, navigation and page chrome', async () => {
    const page = await readDocument(encodeAs(governmentPage('gb2312'), 'gb18030'), 'xinjie.html');
    expect(page.format).toBe('html');
    expect(page.encoding).toBe('gb18030');
    const lines = page.text.split('\n');
    for (const line of XINJIE_LINES) expect(lines).toContain(`${INDENT}${line}`);
    expect(lines).toContain('任务类别 具体任务');
    for (const chrome of ['分享到', '打印', '关闭窗口', '上一篇', '扫一扫', '返回首页', '当前位置', '主办单位', 'CREATE', 'font-size']) {
      expect(page.text).not.toContain(chrome);
    }
  });

  it('takes title, date and publisher from the meta tags', async () => {
    const page = await readDocument(encodeAs(governmentPage('utf-8'), 'utf-8'), 'xinjie.htm');
    expect(page).toMatchObject({
      title: '杭州市萧山区人民政府新街街道办事处2024年《政府工作报告》第二季度重点任务执行情况',
      date: '2024-07-08',
      publisher: '新街街道',
      encoding: 'utf-8',
    });
  });

  it('falls back to the 发布日期 and 来源 lines and the <title> without meta tags', async () => {
    const html = governmentPage('utf-8').replace(/<meta name="(ArticleTitle|PubDate|ContentSource)"[^>]*>/g, '');
    const page = await readDocument(encodeAs(html, 'utf-8'), 'page.shtml');
    expect(page).toMatchObject({ title: '新街街道第二季度重点任务执行情况_杭州市萧山区人民政府', date: '2024-07-08', publisher: '新街街道' });
  });

  it('recognises an HTML page saved with a .txt name', async () => {
    const page = await readDocument(encodeAs(governmentPage('utf-8'), 'utf-8'), 'saved.txt');
    expect(page.format).toBe('html');
  });
});
