import {
  matchDocument,
  pinyinForms,
  prepareQuery,
  type SearchableDocument,
} from './match-document';
import { expandSynonyms } from './synonyms';

const restaurant: SearchableDocument = {
  name: '我要开饭店',
  syllables: ['wo', 'yao', 'kai', 'fan', 'dian'],
  materials: ['营业执照', '食品经营许可证申请书'],
  department: '',
};
const foodLicence: SearchableDocument = {
  name: '食品经营许可证核发',
  syllables: ['shi', 'pin', 'jing', 'ying', 'xu', 'ke', 'zheng', 'he', 'fa'],
  materials: ['法定代表人（负责人、经营者）身份证件'],
  department: '济南市市中区行政审批服务局',
};

const query = (text: string) => prepareQuery(text, expandSynonyms(text));

describe('pinyinForms', () => {
  it('joins syllables and takes their initials', () => {
    expect(pinyinForms(restaurant.syllables)).toEqual({
      full: 'woyaokaifandian',
      initials: 'wykfd',
    });
  });
});

describe('matchDocument', () => {
  it('matches the name first', () => {
    expect(matchDocument(query('我要开饭店'), restaurant)).toEqual({
      match: 'NAME',
      position: 'EXACT',
    });
    expect(matchDocument(query('我要'), restaurant)).toEqual({ match: 'NAME', position: 'PREFIX' });
    expect(matchDocument(query('饭店'), restaurant)).toEqual({
      match: 'NAME',
      position: 'CONTAINS',
    });
    expect(matchDocument(query('开 饭店'), restaurant)?.match).toBe('NAME');
  });

  it('matches a synonym of the query in the name', () => {
    expect(matchDocument(query('餐馆'), restaurant)).toEqual({
      match: 'SYNONYM',
      position: 'CONTAINS',
    });
    expect(matchDocument(query('我要开饭馆'), restaurant)).toEqual({
      match: 'SYNONYM',
      position: 'EXACT',
    });
  });

  it('matches full pinyin from a syllable start, with or without spaces, and initials', () => {
    expect(matchDocument(query('kaifandian'), restaurant)).toEqual({
      match: 'PINYIN',
      position: 'CONTAINS',
    });
    expect(matchDocument(query('kai fan dian'), restaurant)?.match).toBe('PINYIN');
    expect(matchDocument(query('woyaokai'), restaurant)).toEqual({
      match: 'PINYIN',
      position: 'PREFIX',
    });
    expect(matchDocument(query('kfd'), restaurant)).toEqual({
      match: 'INITIALS',
      position: 'CONTAINS',
    });
    expect(matchDocument(query('wykfd'), restaurant)).toEqual({
      match: 'INITIALS',
      position: 'EXACT',
    });
  });

  it('tolerates one wrong, missing, extra or swapped character or letter', () => {
    expect(matchDocument(query('我要开饭点'), restaurant)?.match).toBe('TYPO');
    expect(matchDocument(query('我要开饭饭店'), restaurant)?.match).toBe('TYPO');
    expect(matchDocument(query('kaifandain'), restaurant)?.match).toBe('TYPO');
    expect(matchDocument(query('kaifndian'), restaurant)?.match).toBe('TYPO');
    expect(matchDocument(query('食品经营许克'), foodLicence)?.match).toBe('TYPO');
    expect(matchDocument(query('shipinjingyingxuek'), foodLicence)?.match).toBe('TYPO');
  });

  it('does not stretch to two typos or to very short queries', () => {
    expect(matchDocument(query('我要买饭点'), restaurant)).toBeNull();
    expect(matchDocument(query('饭点'), restaurant)).toBeNull();
    expect(matchDocument(query('kaifadain'), restaurant)).toBeNull();
  });

  it('matches a needed material, and the department, below everything else', () => {
    expect(matchDocument(query('申请书'), restaurant)).toEqual({
      match: 'MATERIAL',
      position: 'CONTAINS',
    });
    expect(matchDocument(query('行政审批服务局'), foodLicence)).toEqual({
      match: 'DEPARTMENT',
      position: 'CONTAINS',
    });
  });

  it('treats SQL and GraphQL metacharacters as text', () => {
    expect(matchDocument(query("'; drop table"), restaurant)).toBeNull();
    expect(matchDocument(query('%_'), restaurant)).toBeNull();
    expect(matchDocument(query('{}'), restaurant)).toBeNull();
  });

  it('matches nothing for an empty query', () => {
    expect(matchDocument(query(''), restaurant)).toBeNull();
  });
});
