import type { Lang } from '../i18n/lang.js';
import type { ApiClient } from './client.js';
import type { Notice, PrivacyCenterInfo } from './types.js';

export function getPrivacyCenter(api: ApiClient): Promise<PrivacyCenterInfo> {
  return api.get('/api/v1/privacy-center');
}

export function getNotice(api: ApiClient, lang: Lang): Promise<Notice> {
  return api.get(`/api/v1/privacy-center/notice?lang=${lang}`);
}
