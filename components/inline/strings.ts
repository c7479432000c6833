/**
 * Words that only the inline warning uses. Shared words ("Not a scam", "What to do now", risk levels)
 * come from lib/i18n like the popup's. These few live here until they move into lib/i18n/messages
 * (then the completeness test covers them); every language has every key, checked by strings.test.ts.
 */
import type { UiLanguage } from '@/lib/i18n';

export interface InlineStrings {
  /** Headline before the reasons: "Possible recruitment scam: asks for your passport, …". */
  recruitment: string;
  /** Headline when the top signal is not about work (wrong-number openers, crypto mentors). */
  general: string;
  details: string;
  hideDetails: string;
  dismiss: string;
  /** Accessible name of the whole warning. */
  region: string;
}

export const INLINE_STRINGS: Readonly<Record<UiLanguage, InlineStrings>> = {
  en: {
    recruitment: 'Possible recruitment scam',
    general: 'Possible scam',
    details: 'Why?',
    hideDetails: 'Hide details',
    dismiss: 'Dismiss this warning',
    region: 'LureWatch warning',
  },
  fr: {
    recruitment: 'Possible arnaque au recrutement',
    general: 'Possible arnaque',
    details: 'Pourquoi ?',
    hideDetails: 'Masquer les détails',
    dismiss: 'Fermer cet avertissement',
    region: 'Avertissement LureWatch',
  },
  es: {
    recruitment: 'Posible estafa de empleo',
    general: 'Posible estafa',
    details: '¿Por qué?',
    hideDetails: 'Ocultar detalles',
    dismiss: 'Cerrar este aviso',
    region: 'Aviso de LureWatch',
  },
  pt: {
    recruitment: 'Possível golpe de emprego',
    general: 'Possível golpe',
    details: 'Por quê?',
    hideDetails: 'Ocultar detalhes',
    dismiss: 'Fechar este aviso',
    region: 'Aviso do LureWatch',
  },
  id: {
    recruitment: 'Kemungkinan penipuan lowongan kerja',
    general: 'Kemungkinan penipuan',
    details: 'Kenapa?',
    hideDetails: 'Sembunyikan detail',
    dismiss: 'Tutup peringatan ini',
    region: 'Peringatan LureWatch',
  },
  vi: {
    recruitment: 'Có thể là lừa đảo tuyển dụng',
    general: 'Có thể là lừa đảo',
    details: 'Tại sao?',
    hideDetails: 'Ẩn chi tiết',
    dismiss: 'Đóng cảnh báo này',
    region: 'Cảnh báo của LureWatch',
  },
  th: {
    recruitment: 'อาจเป็นมิจฉาชีพหลอกสมัครงาน',
    general: 'อาจเป็นมิจฉาชีพ',
    details: 'ทำไม?',
    hideDetails: 'ซ่อนรายละเอียด',
    dismiss: 'ปิดคำเตือนนี้',
    region: 'คำเตือนจาก LureWatch',
  },
  tl: {
    recruitment: 'Posibleng scam sa trabaho',
    general: 'Posibleng scam',
    details: 'Bakit?',
    hideDetails: 'Itago ang detalye',
    dismiss: 'Isara ang babalang ito',
    region: 'Babala ng LureWatch',
  },
  zh: {
    recruitment: '可能是招聘诈骗',
    general: '可能是诈骗',
    details: '为什么？',
    hideDetails: '收起详情',
    dismiss: '关闭此提醒',
    region: 'LureWatch 提醒',
  },
  ko: {
    recruitment: '채용 사기일 수 있어요',
    general: '사기일 수 있어요',
    details: '왜요?',
    hideDetails: '자세히 닫기',
    dismiss: '이 경고 닫기',
    region: 'LureWatch 경고',
  },
  ar: {
    recruitment: 'احتمال احتيال في التوظيف',
    general: 'احتمال احتيال',
    details: 'لماذا؟',
    hideDetails: 'إخفاء التفاصيل',
    dismiss: 'إغلاق هذا التحذير',
    region: 'تحذير من LureWatch',
  },
  hi: {
    recruitment: 'यह नौकरी का धोखा हो सकता है',
    general: 'यह धोखा हो सकता है',
    details: 'क्यों?',
    hideDetails: 'विवरण छिपाएँ',
    dismiss: 'यह चेतावनी बंद करें',
    region: 'LureWatch चेतावनी',
  },
  sw: {
    recruitment: 'Huenda ni utapeli wa ajira',
    general: 'Huenda ni utapeli',
    details: 'Kwa nini?',
    hideDetails: 'Ficha maelezo',
    dismiss: 'Funga onyo hili',
    region: 'Onyo la LureWatch',
  },
  ru: {
    recruitment: 'Возможно, мошенничество с работой',
    general: 'Возможно, мошенничество',
    details: 'Почему?',
    hideDetails: 'Скрыть подробности',
    dismiss: 'Закрыть это предупреждение',
    region: 'Предупреждение LureWatch',
  },
};

export function inlineStrings(lang: UiLanguage): InlineStrings {
  return INLINE_STRINGS[lang] ?? INLINE_STRINGS.en;
}
