// Words that make up the navigation, sharing and printing bars of government pages.
const CHROME_WORDS = new Set([
  '上一版', '下一版', '上一篇', '下一篇', '上一期', '下一期', '上一页', '下一页', '上一条', '下一条',
  '返回首页', '返回顶部', '返回', '首页', '分享', '分享到', '扫一扫', '扫一扫在手机打开当前页', '在手机上打开',
  '打印', '打印本页', '打印正文', '关闭', '关闭窗口', '关闭本页', '收藏', '字号', '字体', '大', '中', '小',
  '默认', '放大', '缩小', '微信', '微博', '朋友圈', 'QQ', 'QQ空间', '版面概览', '版面导航', '标题导航',
  '当前位置', '您当前的位置', '无障碍', '长者模式', '访问次数', '浏览次数', '纠错', '我要纠错',
]);

const SEPARATORS = /[\s|｜/·•、,，:：;；[\]【】()（）<>《》«»>"'“”]+/;

/** True for a line made only of page-chrome words (and counters like 访问次数: 123). */
export function isChromeLine(line: string): boolean {
  const tokens = line.split(SEPARATORS).filter((token) => token !== '');
  if (tokens.length === 0) return false;
  return tokens.every((token) => CHROME_WORDS.has(token) || /^\d+$/.test(token)) && tokens.some((t) => CHROME_WORDS.has(t));
}

/** Tags and class/id names that hold page furniture rather than the document. */
export const CHROME_SELECTORS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'nav', 'header', 'footer', 'form', 'button',
  'select', 'input', 'textarea', 'svg', 'canvas', 'object', 'embed', '[role=navigation]', '[hidden]',
].join(', ');

export const CHROME_NAME = /(^|[-_\s])(share|bdshare|print|breadcrumb|crumb|nav|navbar|menu|footer|toolbar|sidebar|fontsize)([-_\s]|$)/i;
