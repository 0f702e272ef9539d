// Seed entries (OSS HTTP 400 reference) about live channels (RTMP ingest) and their HLS playlists.
// Codes and messages verbatim; causes and solutions our own.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import { catalogEntry as e } from './entry.ts';

const CHANNEL = 'Use a live channel name of 1–64 UTF-8 characters without slashes.';

/**
 * Seed errors about live channels and playlists (unrelated to PostObject: no form fields).
 *
 * @example
 * SEED_LIVE_CHANNEL_ENTRIES.filter((x) => x.code === 'InvalidChannelName').length // 4
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const SEED_LIVE_CHANNEL_ENTRIES: readonly CatalogEntry[] = [
  e(
    'invalid-channel-name-length-channel-name-must',
    'InvalidChannelName',
    'The Length of channel name must be less than 64',
    'The live channel name is too long.',
    CHANNEL,
  ),
  e(
    'invalid-channel-name-channelname-must-not-empty',
    'InvalidChannelName',
    'ChannelName must not be empty',
    'The live channel name is empty.',
    CHANNEL,
  ),
  e(
    'invalid-channel-name-characters-encoding-must-utf',
    'InvalidChannelName',
    'The characters encoding must be utf-8',
    'The live channel name is not valid UTF-8.',
    CHANNEL,
  ),
  e(
    'invalid-channel-name-channelname-must-not-contain',
    'InvalidChannelName',
    'ChannelName must not contain a slash',
    'The live channel name contains / or \\.',
    CHANNEL,
  ),
  e(
    'invalid-request-size-playlist-too-big',
    'InvalidRequest',
    'Size of playlist is too big',
    'The live channel playlist is over 1 MB.',
    'Keep the playlist under 1 MB.',
  ),
  e(
    'invalid-request-no-ts-found-playlist',
    'InvalidRequest',
    'No ts found in the playlist',
    'The playlist lists no TS segments yet.',
    'Push a stream to the live channel before generating a playlist.',
  ),
  e(
    'invalid-request-playlist-name-must-ends',
    'InvalidRequest',
    'Playlist name must ends with \\".m3u8\\"',
    'The playlist name lacks the .m3u8 suffix.',
    'Name the playlist something.m3u8.',
  ),
  e(
    'invalid-request-master-playlist-has-ts',
    'InvalidRequest',
    'Master playlist has ts file',
    'A master playlist mixes TS segments with M3U8 entries.',
    'List either sub-playlists or TS segments in one playlist, not both.',
  ),
];
