/**
 * The maintained synonym table: words citizens use for what the catalogue calls something else.
 * Each group lists terms that mean the same thing for search; a query containing one of them is
 * also searched with each of the others. Add a group when the query log shows searches that find
 * nothing (keep terms of two or more characters, and mind that a term inside a longer term of the
 * same group is replaced as part of the longer one).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['营业执照', '执照', '设立登记'],
  ['饭店', '餐馆', '餐饮', '饭馆', '餐厅'],
  ['开店', '开办企业', '个体工商户', '个体户'],
  ['开公司', '注册公司', '公司设立'],
  ['社保', '社会保险'],
  ['社保卡', '社会保障卡'],
  ['医保', '医疗保险', '医疗保障'],
  ['公积金', '住房公积金'],
  ['户口', '户籍', '落户'],
  ['身份证', '居民身份证'],
  ['结婚', '婚姻登记', '结婚登记', '领证'],
  ['生孩子', '生育', '生小孩'],
  ['新生儿', '出生', '宝宝出生'],
  ['准生证', '生育登记'],
  ['出生证', '出生医学证明'],
  ['卫生许可', '卫生证', '卫生许可证'],
  ['退休', '养老', '退休金', '养老金'],
  ['失业金', '失业保险金', '失业'],
  ['工伤', '工伤认定'],
  ['二手房', '存量房'],
  ['房产证', '不动产权证书', '房本', '不动产登记'],
  ['过户', '转移登记'],
  ['租房', '房屋租赁', '租赁住房'],
  ['公租房', '公共租赁住房'],
  ['个税', '个人所得税'],
  ['报税', '纳税申报', '申报纳税'],
  ['开发票', '发票', '开票'],
  ['残疾证', '残疾人证'],
  ['狗证', '养犬登记', '养狗'],
  ['上学', '入学', '新生入学'],
  ['幼儿园', '入园', '托儿所'],
  ['药店', '药品零售', '药房'],
  ['网吧', '上网服务营业场所'],
  ['诊所', '医疗机构', '门诊部'],
  ['美容院', '理发店', '美发店', '公共场所卫生'],
  ['身后事', '死亡', '去世', '丧葬'],
  ['退伍', '退役军人', '退役士兵'],
  ['低保', '最低生活保障'],
  ['烟酒店', '烟草专卖', '卖烟'],
  ['老年证', '老年人优待证'],
  ['打疫苗', '预防接种', '疫苗'],
  ['异地看病', '异地就医'],
  ['暂住证', '居住证'],
  ['消防检查', '消防安全检查', '消防验收'],
  ['打官司', '法律援助'],
];

/**
 * Other ways to say the query: for every synonym group whose term occurs in the query (the
 * longest such term of the group), the query with that term replaced by each other term.
 * The query itself is not included; the result has no duplicates.
 */
export function expandSynonyms(query: string): string[] {
  const alternatives = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    const found = group
      .filter((term) => query.includes(term))
      .sort((a, b) => b.length - a.length)[0];
    if (!found) continue;
    for (const term of group) {
      if (term === found) continue;
      const alternative = query.replace(found, term);
      if (alternative !== query) alternatives.add(alternative);
    }
  }
  return [...alternatives];
}
