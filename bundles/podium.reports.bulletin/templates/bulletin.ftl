<#--
  月度通报模板（Podium 内置 bulletin.ftl，FreeMarker 2.3 语法，UTF-8 编码）

  自定义：把本文件复制到工作区文件夹下的 templates/bulletin.ftl（与 .podium 文件同一个工作区），
  按需修改；生成通报时，Podium 优先使用工作区中的这个文件。说明见 docs/bulletin.md。

  输出的每一行（去掉首尾空白后）按以下约定变成通报的内容：
    # 文字          通报标题（必须有，且只能有一个）
    ## 文字         一级标题，如“## 一、总体情况”
    ### 文字        二级标题，如“### （一）实际利用外资”
    #### 文字       三级标题
    @主送 文字       主送机关，顶格
    @署名 文字       署名或日期，右对齐；每行一段
    @注 文字         附注（小号字）
    @附表 [标题]     在此处放置附表（各单位完成额、完成率、增幅及位次）；可另给标题；最多一次
    \文字            以 # 或 @ 开头的正文
    空行             分段；相邻的非空行连成一段
  只含 <#if>、<#list>、<#assign> 等指令的行不产生输出。

  数字一律用下列函数输出，模板不自行格式化数字（直接输出带小数的数字会报错，整数可以直接输出）：
    percent(x)        41.69%
    points(x)         0.02个百分点
    gapToSchedule(x)  超序时进度0.02个百分点 / 低于序时进度1.50个百分点
    yearOnYear(x)     同比增长9.10% / 同比下降3.20%
    amount(x, unit)   4668万美元 / 1.58亿美元 / 99.68亿元（1亿及以上用“亿”，保留两位小数）
    number(x)         15844.5
    rank(n)           第3位
    movement(m)       由第14位退至第16位 / 由第9位升至第5位 / 保持第3位
    names(list)       东区、西区、南县
    ordinal(n)        三（标题编号用）
    date(d)           2004年5月31日
  数据：bulletin（year、month、span、scope、level、organisation、unitsWord、subject、elapsed、date、
  laggardCount、indicators），每个指标 ind（code、title、unit、flow、total、units、ahead、onSchedule、
  behind、zero、noReport、exceeded、laggards、peerRank、peerGrowthRank），每个单位 u（name、actual、
  previous、target、strive、completion、gap、growth、status、amountRank、completionRank、growthRank），
  位次 p（group、rank、of、month、movement）；partial：合计由各单位加总而有单位未报送的指标（ind.code），
  其合计只是已报送单位之和，不能当作全域数字。可能为空的值先用 ?? 判断。
-->
<#-- ===== 署名单位：在此修改 ===== -->
<#assign office = bulletin.organisation + "重点目标任务推进工作领导小组办公室">
<#assign many = bulletin.indicators?size gt 1>
<#assign withUnits = bulletin.indicators?filter(i -> i.units?has_content)>
<#assign anyBehind = bulletin.indicators?filter(i -> i.behind?has_content)?has_content>
<#assign anyZero = bulletin.indicators?filter(i -> i.zero?has_content)?has_content>
<#assign part = 1>
# 关于${bulletin.year}年${bulletin.span}${bulletin.scope}${bulletin.subject}完成情况的通报

<#if withUnits?has_content && bulletin.level?has_content>
@主送 各${bulletin.unitsWord}，${bulletin.level}直有关单位：
<#elseif withUnits?has_content>
@主送 各${bulletin.unitsWord}：
<#elseif bulletin.level?has_content>
@主送 ${bulletin.level}直有关单位：
</#if>

为及时掌握全年目标任务推进情况，激励先进、督促后进，在${bulletin.scope}营造比学赶超、争先进位的浓厚氛围，
现将${bulletin.year}年${bulletin.span}${bulletin.scope}${bulletin.subject}完成情况通报如下：

## ${ordinal(part)}、总体情况
<#assign part = part + 1>

<#list bulletin.indicators as ind>
<#if many>
### （${ordinal(ind?counter)}）${ind.title}

</#if>
<#assign t = ind.total>
<#if partial?seq_contains(ind.code) && ind.units?size == ind.noReport?size>
${bulletin.span}，${bulletin.scope}${ind.title}尚未报送数据，完成情况待数据报齐后通报。
<#elseif partial?seq_contains(ind.code)>
${bulletin.span}，已报送数据的${ind.units?size - ind.noReport?size}个${bulletin.unitsWord}${ind.title}合计<#if t.actual??>${amount(t.actual, ind.unit)}<#else>尚无实绩</#if>（${names(ind.noReport)}未报送，未计入），${bulletin.scope}完成情况待数据报齐后通报。
<#elseif t.actual??>
${bulletin.span}，${bulletin.scope}${ind.title}${amount(t.actual, ind.unit)}<#if t.completion??>，完成年度目标${amount(t.target, ind.unit)}的${percent(t.completion)}<#if ind.flow && t.gap??>，${gapToSchedule(t.gap)}</#if></#if><#if t.growth??>，${yearOnYear(t.growth)}</#if>。
<#else>
截至${bulletin.month}月底，${bulletin.scope}${ind.title}尚无统计数据。
</#if>
<#if ind.peerRank??>
<#assign p = ind.peerRank>
${bulletin.scope}${ind.title}总量居${p.group}${rank(p.rank)}<#if p.movement??><#if p.movement.places == 0>，与上月持平<#else>，较上月${movement(p.movement)}</#if></#if>。
</#if>
<#if ind.peerGrowthRank??>
<#assign g = ind.peerGrowthRank>
增幅居${g.group}${rank(g.rank)}<#if g.movement??><#if g.movement.places == 0>，与上月持平<#else>，较上月${movement(g.movement)}</#if></#if>。
</#if>

</#list>
<#if withUnits?has_content>
## ${ordinal(part)}、各${bulletin.unitsWord}完成情况
<#assign part = part + 1>

<#list withUnits as ind>
<#if many>
### （${ordinal(ind?counter)}）${ind.title}

</#if>
<#if ind.ahead?has_content>
${names(ind.ahead)}<#if ind.ahead?size gt 1>等${ind.ahead?size}个${bulletin.unitsWord}</#if>超序时进度<#if ind.exceeded?has_content>，其中<#list ind.exceeded as u>${u.name}（${percent(u.completion)}）<#sep>、</#list>已超额完成全年目标任务</#if>。
</#if>
<#if ind.onSchedule?has_content>
${names(ind.onSchedule)}与序时进度持平。
</#if>
<#if ind.behind?size gt ind.zero?size>
${names(ind.behind)}<#if ind.behind?size gt 1>等${ind.behind?size}个${bulletin.unitsWord}</#if>低于序时进度<#if ind.zero?has_content>，其中${names(ind.zero)}尚未实现零的突破</#if>。
<#elseif ind.zero?has_content>
${names(ind.zero)}尚未实现零的突破。
</#if>
<#if ind.ahead?has_content && !ind.behind?has_content && !ind.onSchedule?has_content && !ind.noReport?has_content>
各${bulletin.unitsWord}均超序时进度。
<#elseif !ind.zero?has_content && !ind.noReport?has_content>
各${bulletin.unitsWord}均有实绩。
</#if>
<#if ind.noReport?has_content>
${names(ind.noReport)}未按时报送${bulletin.span}数据。
</#if>
<#if ind.laggards?has_content>
${ind.title}完成率排在后<#if ind.laggards?size == 2>两<#else>${ordinal(ind.laggards?size)}</#if>位的是<#list ind.laggards as u>${u.name}（${percent(u.completion)}）<#sep>、</#list>，请相关${bulletin.unitsWord}高度重视，认真分析原因，加快工作进度。
</#if>

</#list>
各${bulletin.unitsWord}完成情况详见附表。

</#if>
## ${ordinal(part)}、下一步要求

（一）对照目标查找差距。各${bulletin.unitsWord}要对照全年目标任务，逐项对账、逐月盘点，认真分析${bulletin.span}完成情况，
找准差距，查明原因，有针对性地研究追赶措施。<#if anyBehind>低于序时进度的单位要拿出切实可行的赶超方案，确保尽快赶上序时进度。</#if>

（二）倒排时间节点。要按照全年任务倒排工期、挂图作战，把任务细化到月、落实到项目、明确到责任人，
做到每月有进展、每季有突破，确保全年目标任务按期完成。

（三）压实工作责任。对进度滞后的重点项目，要逐个制定推进方案，明确一名挂包领导，定期调度、现场协调，
及时解决项目推进中的困难和问题。<#if anyZero>尚未实现零的突破的单位要集中力量攻坚，尽快改变空白局面。</#if>

（四）强化督查问责。领导小组办公室将继续按月通报各${bulletin.unitsWord}目标任务完成情况，对连续排名靠后的单位，
约谈其主要负责同志；对工作不力、进度严重滞后的单位，按规定启动效能问责。

@署名 ${office}
@署名 ${date(bulletin.date)}

@附表
