import { isHiddenPath, pickedFiles } from './dropped-files';

// A file as the folder picker gives it: its path from the chosen folder in webkitRelativePath.
const inFolder = (path: string) => Object.defineProperty(new File(['全域美丽'], path.split('/').pop() ?? path), 'webkitRelativePath', { value: path });
const asList = (files: File[]) => files as unknown as FileList;

describe('isHiddenPath', () => {
  it('knows the files systems keep beside documents, in any folder of the path', () => {
    for (const path of ['.DS_Store', '报告/.DS_Store', '报告/._2019.md', '报告/.git/HEAD', '报告/Thumbs.db', 'desktop.ini', '__MACOSX/2019.md']) expect(isHiddenPath(path)).toBe(true);
    for (const path of ['2019.md', '报告/杭州市/2019.md', '报告/v1.2/plan.docx', 'DS_Store.txt']) expect(isHiddenPath(path)).toBe(false);
  });
});

describe('pickedFiles', () => {
  it('names a folder\'s files by their path in it, leaves hidden ones out and names the folder', () => {
    const picked = pickedFiles(asList([inFolder('报告/杭州市/2020.md'), inFolder('报告/.DS_Store'), inFolder('报告/2019.md'), inFolder('报告/.git/HEAD')]));
    expect(picked.files.map((f) => f.name)).toEqual(['报告/2019.md', '报告/杭州市/2020.md']);
    expect(picked.folders).toEqual(['报告']);
  });

  it('keeps plain files by name, with no folder', () => {
    const picked = pickedFiles(asList([new File(['a'], 'b.md'), new File(['a'], 'a.txt')]));
    expect(picked).toEqual({ files: [expect.objectContaining({ name: 'a.txt' }), expect.objectContaining({ name: 'b.md' })], folders: [] });
  });

  it('gives no file but the folder\'s name when it holds hidden files only', () => {
    expect(pickedFiles(asList([inFolder('空/.DS_Store')]))).toEqual({ files: [], folders: ['空'] });
  });
});
