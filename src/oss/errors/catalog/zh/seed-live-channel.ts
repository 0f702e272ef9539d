// Chinese cause and solution of every entry in ../seed-live-channel.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';

const SHARED_FIX = 'LiveChannel 名称使用 1~64 个 UTF-8 字符，且不含斜线。';

/**
 * The Chinese texts of SEED_LIVE_CHANNEL_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * SEED_LIVE_CHANNEL_ZH['invalid-channel-name-length-channel-name-must'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const SEED_LIVE_CHANNEL_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-channel-name-length-channel-name-must': {
    cause: 'LiveChannel 名称过长。',
    solution: SHARED_FIX,
  },
  'invalid-channel-name-channelname-must-not-empty': {
    cause: 'LiveChannel 名称为空。',
    solution: SHARED_FIX,
  },
  'invalid-channel-name-characters-encoding-must-utf': {
    cause: 'LiveChannel 名称不是合法的 UTF-8。',
    solution: SHARED_FIX,
  },
  'invalid-channel-name-channelname-must-not-contain': {
    cause: 'LiveChannel 名称包含 / 或 \\。',
    solution: SHARED_FIX,
  },
  'invalid-request-size-playlist-too-big': {
    cause: 'LiveChannel 的播放列表超过 1 MB。',
    solution: '播放列表保持在 1 MB 以内。',
  },
  'invalid-request-no-ts-found-playlist': {
    cause: '播放列表中还没有任何 TS 分片。',
    solution: '先向 LiveChannel 推流，再生成播放列表。',
  },
  'invalid-request-playlist-name-must-ends': {
    cause: '播放列表名称缺少 .m3u8 后缀。',
    solution: '播放列表名称以 .m3u8 结尾，例如 playlist.m3u8。',
  },
  'invalid-request-master-playlist-has-ts': {
    cause: '主播放列表中混合了 TS 分片和 M3U8 条目。',
    solution: '一个播放列表中要么列出子播放列表，要么列出 TS 分片，不要混用。',
  },
};
