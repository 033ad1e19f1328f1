// Which companies outside China use Chinese models?
//
// Tupu's lexicons carry no country, so "Chinese" is a list you pass: the ids of Chinese developers. A model is
// Chinese when one of them DEVELOPS it or its family (VERSION_OF); a user is "outside China" when it is not in the
// list. Adjust the list to your lexicon (`MATCH (c:Company) RETURN c.id, c.name, c.nameZh ORDER BY c.id`).
//
// :param chineseCompanies => ['company/deepseek', 'company/alibaba', 'company/baidu', 'company/bytedance', 'company/tencent', 'company/zhipu', 'company/moonshot', 'company/minimax', 'company/01-ai', 'company/iflytek', 'company/huawei', 'company/sensetime']
MATCH (developer:Company)-[d:DEVELOPS]->(family:Model)
WHERE developer.id IN $chineseCompanies AND d.certainty <> 'negated'
MATCH (model:Model)-[:VERSION_OF*0..3]->(family)
MATCH (user:Company)-[u:USES]->(model)
WHERE NOT user.id IN $chineseCompanies AND u.certainty <> 'negated'
RETURN user.name AS company,
       model.name AS model,
       developer.name AS developer,
       u.certainty AS certainty,
       u.support AS articles,
       u.evidence[0] AS example
ORDER BY company, model;
