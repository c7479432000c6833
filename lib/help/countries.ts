/**
 * Where to get help, by country. Every contact here comes from ../shared/DOMAIN.md §3 (public
 * advisories; the `source` field names the line it came from). Items DOMAIN.md marks [UNSOURCED]
 * are left out on purpose: the UK Modern Slavery Helpline, Australia's ReportCyber, France's Info
 * Escroqueries number, the Dubai eCrime web address, Polaris's own directory address and Vietnam's
 * warning portal. A wrong number in a crisis is worse than none, so nothing is added from memory.
 */

/** What the contact is for; the popup labels each kind in the user's language. */
export type HelpKind = 'fraud' | 'trafficking' | 'migration' | 'emergency' | 'advice';

export interface HelpContact {
  kind: HelpKind;
  /** Proper name of the service, shown as written by its owner. */
  name: string;
  url?: string;
  /** Shown as written; dialled through a tel: link. */
  phone?: string;
  /** A number that takes text messages. */
  sms?: string;
  /** Where this came from (DOMAIN.md §3 and the source it cites). */
  source: string;
}

/** ISO 3166-1 alpha-2 → contacts. Countries not listed get the global contacts only. */
export const COUNTRY_HELP: Readonly<Record<string, readonly HelpContact[]>> = {
  US: [
    { kind: 'fraud', name: 'FTC ReportFraud', url: 'https://reportfraud.ftc.gov', phone: '1-877-382-4357', source: 'DOMAIN.md §3 US' },
    { kind: 'fraud', name: 'FBI Internet Crime Complaint Center (IC3)', url: 'https://ic3.gov', source: 'DOMAIN.md §3 US' },
    {
      kind: 'trafficking',
      name: 'National Human Trafficking Hotline',
      url: 'https://humantraffickinghotline.org',
      phone: '1-888-373-7888',
      sms: '233733',
      source: 'DOMAIN.md §3 US',
    },
    { kind: 'trafficking', name: 'HSI Tip Line', phone: '1-866-347-2423', source: 'DOMAIN.md §3 US' },
    { kind: 'advice', name: 'USAJOBS (the only site for US federal jobs)', url: 'https://usajobs.gov', source: 'DOMAIN.md §3 US' },
  ],
  GB: [
    {
      kind: 'fraud',
      name: 'Report Fraud',
      url: 'https://reportfraud.police.uk',
      phone: '0300 123 2040',
      source: 'DOMAIN.md §3 UK (replaced Action Fraud on 4 Dec 2025)',
    },
    { kind: 'fraud', name: 'Scam texts', sms: '7726', source: 'DOMAIN.md §3 UK' },
    { kind: 'fraud', name: 'Scam emails: report@phishing.gov.uk', url: 'mailto:report@phishing.gov.uk', source: 'DOMAIN.md §3 UK' },
  ],
  FR: [
    { kind: 'fraud', name: '17Cyber', url: 'https://17cyber.gouv.fr', source: 'DOMAIN.md §3 France' },
    { kind: 'advice', name: 'Cybermalveillance.gouv.fr', url: 'https://cybermalveillance.gouv.fr', source: 'DOMAIN.md §3 France' },
    { kind: 'fraud', name: 'Pharos', url: 'https://internet-signalement.gouv.fr', source: 'DOMAIN.md §3 France' },
    { kind: 'fraud', name: 'SMS indésirables', sms: '33700', source: 'DOMAIN.md §3 France' },
  ],
  ES: [{ kind: 'advice', name: 'INCIBE: Tu Ayuda en Ciberseguridad', phone: '017', source: 'DOMAIN.md §3 Spain' }],
  CA: [
    {
      kind: 'fraud',
      name: 'Canadian Anti-Fraud Centre',
      url: 'https://antifraudcentre-centreantifraude.ca',
      phone: '1-888-495-8501',
      source: 'DOMAIN.md §3 Canada',
    },
  ],
  AU: [{ kind: 'fraud', name: 'Scamwatch', url: 'https://scamwatch.gov.au/report-a-scam', source: 'DOMAIN.md §3 Australia' }],
  SG: [{ kind: 'fraud', name: 'ScamShield Helpline', url: 'https://scamshield.gov.sg', phone: '1799', source: 'DOMAIN.md §3 Singapore' }],
  KR: [
    { kind: 'emergency', name: '경찰 (Police)', phone: '112', source: 'DOMAIN.md §3 Korea' },
    { kind: 'fraud', name: '사이버범죄 신고 (ECRM)', url: 'https://ecrm.police.go.kr', source: 'DOMAIN.md §3 Korea' },
    { kind: 'fraud', name: '경찰청 사이버수사국', phone: '1566-1188', source: 'DOMAIN.md §3 Korea' },
    { kind: 'fraud', name: '금융감독원 (FSS)', phone: '1332', source: 'DOMAIN.md §3 Korea' },
    { kind: 'advice', name: 'KISA', phone: '118', source: 'DOMAIN.md §3 Korea' },
    {
      kind: 'migration',
      name: '외교부 영사콜센터 (MOFA Consular Call Center)',
      url: 'https://0404.go.kr',
      phone: '+82-2-3210-0404',
      source: 'DOMAIN.md §3 Korea',
    },
  ],
  TW: [{ kind: 'fraud', name: '165 反詐騙諮詢專線', phone: '165', source: 'DOMAIN.md §3 Taiwan' }],
  HK: [
    { kind: 'fraud', name: 'Anti-Scam Helpline 防騙易熱線', phone: '18222', source: 'DOMAIN.md §3 Hong Kong' },
    { kind: 'emergency', name: 'Emergency 緊急求助', phone: '999', source: 'DOMAIN.md §3 Hong Kong' },
  ],
  MY: [{ kind: 'fraud', name: 'NSRC (National Scam Response Centre)', phone: '997', source: 'DOMAIN.md §3 Malaysia' }],
  TH: [
    { kind: 'fraud', name: 'AOC ศูนย์ต่อต้านการฉ้อโกงออนไลน์', phone: '1441', source: 'DOMAIN.md §3 Thailand' },
    { kind: 'emergency', name: 'ตำรวจ (Police)', phone: '191', source: 'DOMAIN.md §3 Thailand' },
    { kind: 'fraud', name: 'ตำรวจ (Police)', phone: '1599', source: 'DOMAIN.md §3 Thailand' },
  ],
  PH: [
    { kind: 'fraud', name: 'CICC', phone: '1326', source: 'DOMAIN.md §3 Philippines' },
    {
      kind: 'trafficking',
      name: 'IACAT 1343 Actionline (02-1343 from the provinces)',
      url: 'https://1343actionline.ph',
      phone: '1343',
      source: 'DOMAIN.md §3 Philippines',
    },
    { kind: 'migration', name: 'DMW (check if a recruiter is licensed)', phone: '+632-1348', source: 'DOMAIN.md §3 Philippines' },
  ],
  ID: [
    { kind: 'fraud', name: 'Aduan Nomor', url: 'https://aduannomor.id', source: 'DOMAIN.md §3 Indonesia' },
    { kind: 'advice', name: 'Cek Rekening', url: 'https://cekrekening.id', source: 'DOMAIN.md §3 Indonesia' },
    { kind: 'fraud', name: 'LAPOR!', url: 'https://lapor.go.id', source: 'DOMAIN.md §3 Indonesia' },
  ],
  IN: [
    {
      kind: 'fraud',
      name: 'National Cyber Crime Reporting Portal',
      url: 'https://cybercrime.gov.in',
      phone: '1930',
      source: 'DOMAIN.md §3 India',
    },
  ],
  AE: [{ kind: 'fraud', name: 'Dubai Police eCrime', phone: '901', source: 'DOMAIN.md §3 UAE (web address not confirmed, left out)' }],
  KE: [{ kind: 'migration', name: 'State Department for Diaspora Affairs', source: 'DOMAIN.md §3 Kenya' }],
  ZA: [{ kind: 'fraud', name: 'SAPS Crime Stop', phone: '0860010111', source: 'DOMAIN.md §3 South Africa' }],
};

/** Shown to everyone, and alone when we have nothing for the user's country. */
export const GLOBAL_HELP: readonly HelpContact[] = [
  {
    kind: 'trafficking',
    name: 'IOM: signs of human trafficking, and where to report in your country',
    url: 'https://migrantinfo.iom.int/en/identify-signs-human-trafficking',
    source: 'DOMAIN.md §3 Global',
  },
  {
    kind: 'advice',
    name: 'INTERPOL #ThinkTwice',
    url: 'https://interpol.int/en/Crimes/Cybercrime/Be-Cyber-Aware',
    source: 'DOMAIN.md §3 Global',
  },
  {
    kind: 'trafficking',
    name: 'Polaris: Global Modern Slavery Directory',
    url: 'https://polarisproject.org/responding-to-human-trafficking/',
    source: 'DOMAIN.md §3 Global (the directory is reached from this page; its own address is unsourced)',
  },
];

/** Countries we have local contacts for, for the options' country list. */
export const HELP_COUNTRIES: readonly string[] = Object.keys(COUNTRY_HELP).sort();

export interface HelpFor {
  /** Null when we know no local contacts for the country (or the country is unknown). */
  country: string | null;
  local: readonly HelpContact[];
  global: readonly HelpContact[];
}

export function helpFor(country: string | null): HelpFor {
  const code = country?.toUpperCase() ?? null;
  const local = code ? COUNTRY_HELP[code] : undefined;
  return { country: local ? code : null, local: local ?? [], global: GLOBAL_HELP };
}

/** A tel: link target: keeps a leading + and the digits only. */
export function telHref(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${phone.replace(/\D/g, '')}`;
}

/** An sms: link target. */
export function smsHref(number: string): string {
  return `sms:${number.replace(/\D/g, '')}`;
}
