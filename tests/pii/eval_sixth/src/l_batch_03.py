# Writer l, batch 03: spreadsheets exported with odd or English headers.
# All values invented. CC0 1.0.

DOCS = [
{"id": "s6-l03-001", "kind": "csv_export", "text": """NM,BRTH_YMD,TELNO,ADDR1,ADDR2,RCPT_DT
[[PERSON:양미숙]],[[BIRTH_DATE:19660302]],[[PHONE_NUMBER:01044129087]],[[KR_ADDRESS:경기도 수원시 영통구 매탄로 83,매탄위브하늘채 104동 602호]],,{{date:20240611}}
[[PERSON:육현철]],[[BIRTH_DATE:19810915]],[[PHONE_NUMBER:0312167730]],[[KR_ADDRESS:경기도 수원시 팔달구 인계로 166번길 48-11]],"(인계동, 2층)",{{date:20240611}}
[[PERSON:맹소연]],[[BIRTH_DATE:20000128]],[[PHONE_NUMBER:1055237761]],[[KR_ADDRESS:경기도 수원시 장안구 파장천로 44]],"파장동, 삼성래미안 7동 1501호",{{date:20240612}}"""},

{"id": "s6-l03-002", "kind": "xlsx_export", "text": """Sheet1
No	Name	DOB	Mobile	Email	Note
1	[[PERSON:Lee Ji-won]]	[[BIRTH_DATE:31247]]	[[PHONE_NUMBER:1031274456]]	[[EMAIL_ADDRESS:jiwon.lee0719@gmail.com]]	DOB 셀서식 깨짐
2	[[PERSON:Park Seo-jun]]	[[BIRTH_DATE:33663]]	[[PHONE_NUMBER:10-2231-9045]]	[[EMAIL_ADDRESS:sjpark_92@hanmail.net]]	
3	[[PERSON:Kang Mi-ra]]	[[BIRTH_DATE:25147]]	[[PHONE_NUMBER:'010-5508-1902]]	[[EMAIL_ADDRESS:mira.kang@kakao.com]]	{{amount:₩50,000}} 상품권 지급
* 엑셀 직렬날짜({{code:44197}}=2021-01-01 식) 주의, 휴대폰 앞자리 0 누락"""},

{"id": "s6-l03-003", "kind": "csv_export", "text": '''"순번","성명","생년월일","핸드폰","주소","신청일시","처리"
"1","[[PERSON:백승아]]","[[BIRTH_DATE:1990-05-17]]","=""[[PHONE_NUMBER:010-7345-0218]]""","[[KR_ADDRESS:성남시 분당구 서현로 210번길 8, 1203호]]","{{date:2024-05-02 10:11}}","완료"
"2","[[PERSON:변가람]]","[[BIRTH_DATE:1987-12-01]]","=""[[PHONE_NUMBER:010-2948-6650]]""","[[KR_ADDRESS:성남시 분당구 야탑로 69번길 24-3]]","{{date:2024-05-02 10:48}}","반려(서류미비)"
"3","[[PERSON:최 은 샘]]","[[BIRTH_DATE:1995-08-08]]","=""[[PHONE_NUMBER:010-8113-0046]]""","[[KR_ADDRESS:성남시 중원구 성남대로 1133]]","{{date:2024-05-03 09:00}}","완료"'''},

{"id": "s6-l03-004", "kind": "xlsx_export", "text": """[청년월세지원_신청자_최종(수정3).xlsx] 시트: 심사대상
| 연번 | 신청자 | 생년월일(6자리) | 성별 | 임차주소 | 월세 | 계좌(은행) |
|---|---|---|---|---|---|---|
| 12 | [[PERSON:안유진]] | [[BIRTH_DATE:000914]] | 여 | [[KR_ADDRESS:용인시 기흥구 보정로 31, 301호]] | {{amount:45만}} | [[BANK_ACCOUNT:3333-05-8811243]](카카오) |
| 13 | [[PERSON:김 다 온]] | [[BIRTH_DATE:990301]] | 남 | [[KR_ADDRESS:용인시 수지구 포은대로 59번길 7-2, 지층 B호]] | {{amount:38만}} | [[BANK_ACCOUNT:1002-961-337402]](우리) |
| 14 | [[PERSON:곽태린]] | [[BIRTH_DATE:011205]] | 여 | [[KR_ADDRESS:용인시 처인구 중부대로 1362번길 5 402호]] | {{amount:40만}} | [[BANK_ACCOUNT:110-488-902217]](신한) |
비고: 14번 {{date:12/5}} 서류 보완 요청"""},

{"id": "s6-l03-005", "kind": "csv_export", "text": """emp_no;kor_name;eng_name;dept;ext;mobile;mail;hire_date
[[EMPLOYEE_ID:SW2011043]];[[PERSON:한재석]];[[PERSON:HAN JAESEOK]];세정과;{{public_number:2415}};[[PHONE_NUMBER:010-3302-8841]];[[EMAIL_ADDRESS:jshan2011@korea.kr]];{{date:2011-03-02}}
[[EMPLOYEE_ID:SW2019117]];[[PERSON:주예슬]];[[PERSON:JU YESEUL]];세정과;{{public_number:2418}};[[PHONE_NUMBER:010-6612-0397]];[[EMAIL_ADDRESS:yeseul.ju@korea.kr]];{{date:2019-07-15}}
[[EMPLOYEE_ID:SW2023208]];[[PERSON:제현수]];[[PERSON:JE HYUNSU]];세정과;{{public_number:2420}};[[PHONE_NUMBER:010-9120-4768]];[[EMAIL_ADDRESS:hsje@korea.kr]];{{date:2023-01-09}}"""},

{"id": "s6-l03-006", "kind": "xlsx_export", "text": """Column1	Column2	Column3	Column4	Column5
접수번호	민원인	연락처	차량	위반일시
{{case_number:2024-0918-0071}}	[[PERSON:설지후]]	[[PHONE_NUMBER:010-1145-8290]]	[[KR_CAR_PLATE:152허3391]]	{{date:2024-09-14 07:52}}
{{case_number:2024-0918-0072}}	{{org_name:(주)온누리렌터카}}	{{public_number:1644-7701}}	[[KR_CAR_PLATE:서울36하8812]]	{{date:2024-09-15 22:03}}
{{case_number:2024-0918-0073}}	[[PERSON:소 민 재]]	[[PHONE_NUMBER:010-7719-0025]]	[[KR_CAR_PLATE:23소 5510]]	{{date:2024-09-16 18:40}}"""},

{"id": "s6-l03-007", "kind": "csv_export", "text": """student_no,name,birth,school,guardian,guardian_hp
[[STUDENT_ID:20230517]],[[PERSON:차윤서]],[[BIRTH_DATE:2010.03.22]],{{org_name:수원칠보중학교}},[[PERSON:차정훈]],[[PHONE_NUMBER:010-4426-9013]]
[[STUDENT_ID:20230522]],[[PERSON:허다빈]],[[BIRTH_DATE:2010.11.07]],{{org_name:수원칠보중학교}},[[PERSON:이수경]],[[PHONE_NUMBER:010-8891-2745]]
[[STUDENT_ID:20230531]],[[PERSON:홍주원]],[[BIRTH_DATE:2011.01.15]],{{org_name:수원칠보중학교}},[[PERSON:홍성민]],[[PHONE_NUMBER:010 3019 6624]]
# 학교 행정실 {{public_number:031-8032-4400}} / 출력일 {{date:2024.04.30}}"""},

{"id": "s6-l03-008", "kind": "xlsx_export", "text": """■ 자원봉사자 명단 (Export from VMS, 헤더 영문)
FULL_NAME | GENDER | YOB | PHONE | DISTRICT | HOURS
[[PERSON:Oh Hana]] | F | [[BIRTH_DATE:2004]] | [[PHONE_NUMBER:010-2277-4410]] | Suji | {{statistic:32}}
[[PERSON:Yoon Taeho]] | M | [[BIRTH_DATE:1958]] | [[PHONE_NUMBER:010-5601-1189]] | Giheung | {{statistic:118}}
[[PERSON:Baek Na-yeon]] | F | [[BIRTH_DATE:1999]] | [[PHONE_NUMBER:+82-10-9315-0027]] | Cheoin | {{statistic:6}}
TOTAL HOURS: {{statistic:156}}"""},

{"id": "s6-l03-009", "kind": "csv_export", "text": """id,uid,nm_mask,rrn_mask,hp_mask,reg_ip,reg_dt
1,u_88120,[[PERSON:김*연]],[[KR_RRN:850702-2******]],[[PHONE_NUMBER:010-****-3321]],[[IP_ADDRESS:118.235.14.201]],{{date:2024-02-01T09:14:22+09:00}}
2,u_88121,[[PERSON:이**]],[[KR_RRN:920118-1******]],[[PHONE_NUMBER:010-52**-**08]],[[IP_ADDRESS:211.36.142.77]],{{date:2024-02-01T09:15:03+09:00}}
3,u_88122,[[PERSON:Mo** Ya**]],[[KR_FRN:880405-6******]],[[PHONE_NUMBER:010-****-9014]],[[IP_ADDRESS:2001:2d8:e21a:4b07::1c]],{{date:2024-02-01T09:17:40+09:00}}"""},

{"id": "s6-l03-010", "kind": "xlsx_export", "text": """경로우대 교통카드 신청 (사본).xlsx
A열 성명 | B열 생년월일(YYMMDD) | C열 주소 | D열 카드번호 | E열 발급일
[[PERSON:기순덕]] | [[BIRTH_DATE:460210]] | [[KR_ADDRESS:수원시 팔달구 팔달로3가 12-7]] | [[CREDIT_CARD:9411-2301-****-5518]] | {{date:24.03.18}}
[[PERSON:인병철]] | [[BIRTH_DATE:500812]] | [[KR_ADDRESS:수원시 팔달구 화서문로 17번길 3 (장안동)]] | [[CREDIT_CARD:9411-2301-****-6020]] | {{date:24.03.18}}
[[PERSON:경혜자]] | [[BIRTH_DATE:49.11.30]] | [[KR_ADDRESS:수원시 권선구 경수대로 264, 2동 704호]] | [[CREDIT_CARD:9411 2301 7705 412?]] | {{date:24.03.19}}"""},

{"id": "s6-l03-011", "kind": "csv_export", "text": """# encoding=cp949 깨진 헤더 복구본
�̸�,��ȭ��ȣ,�ּ�  ->  (이름,전화번호,주소)
[[PERSON:명수아]],[[PHONE_NUMBER:031-8005-2293]],[[KR_ADDRESS:용인시 수지구 죽전로 152 단국대 인근 원룸 304호]]
[[PERSON:위태오]],[[PHONE_NUMBER:070-4412-0981]],[[KR_ADDRESS:용인시 기흥구 중부대로 184, 기흥힉스유타워 B동 1507호]]
[[PERSON:봉지유]],[[PHONE_NUMBER:010-6002-3318]],[[KR_ADDRESS:용인시 수지구 고기로 66-1]]"""},

{"id": "s6-l03-012", "kind": "xlsx_export", "text": """사업자 현황 (소상공인 지원금) – 자동 집계
| 대표자 | 상호 | 사업자번호 | 업종 | 지원액 |
| [[PERSON:탁민경]] | {{org_name:민경네 반찬}} | [[KR_BRN:124-12-4481?]] | 음식 | {{amount:1,000,000}} |
| [[PERSON:금도현]] | {{org_name:도현카센터}} | [[KR_BRN:135239017?]] | 자동차정비 | {{amount:1,000,000}} |
| [[PERSON:엄하나]] | {{org_name:(주)하나커머스}} | {{business_number:220-87-14490}} | 도소매 | 대상아님(법인) |
| [[PERSON:국승우]] | {{org_name:국씨네 꽃집}} | [[KR_BRN:214-90-3368?]] | 화훼(면세) | {{amount:700,000}} |"""},

{"id": "s6-l03-013", "kind": "csv_export", "text": """applicant_name,passport_no,nationality,dob,visa,stay_addr
[[PERSON:NGUYEN THI LAN]],[[KR_PASSPORT:C8820145]],VNM,[[BIRTH_DATE:1997-02-11]],E-9,[[KR_ADDRESS:용인시 처인구 백암면 백암로 212-4 기숙사 2층]]
[[PERSON:SANTOS MARIA CRUZ]],[[KR_PASSPORT:P4471820B]],PHL,[[BIRTH_DATE:1990-10-03]],F-6,[[KR_ADDRESS:수원시 권선구 서부로 1602번길 9 101호]]
[[PERSON:ZHANG WEI]],[[KR_PASSPORT:EH3392751]],CHN,[[BIRTH_DATE:1985-06-27]],H-2,[[KR_ADDRESS:성남시 수정구 수정로 152번길 33]]"""},

{"id": "s6-l03-014", "kind": "xlsx_export", "text": """[피벗 원본] 구별 불법주정차 반복위반 차량 (3회 이상)
구 / 차량번호 / 소유자 / 위반횟수 / 최근위반
팔달 / [[KR_CAR_PLATE:45고7182]] / [[PERSON:윤○희]] / {{statistic:7}} / {{date:2024-08-30}}
팔달 / [[KR_CAR_PLATE:경기 62 너 1047]] / [[PERSON:지상욱]] / {{statistic:5}} / {{date:2024-09-02}}
영통 / [[KR_CAR_PLATE:301무9968]] / [[PERSON:남*수]] / {{statistic:4}} / {{date:2024-09-01}}
※ 소유자명은 조회 권한자만 열람 (담당 [[PERSON:우나경]], [[EMAIL_ADDRESS:nkwoo@suwon.go.kr]])"""},

{"id": "s6-l03-015", "kind": "csv_export", "text": """LicenseNo,HolderName,Class,BirthDate,ExpireDate
[[KR_DRIVER_LICENSE:11-98-331204-82]],[[PERSON:류성진]],1종보통,[[BIRTH_DATE:1977/04/19]],{{date:2028/12/31}}
[[KR_DRIVER_LICENSE:경기 02-771890-13]],[[PERSON:어민희]],2종보통,[[BIRTH_DATE:1983/09/02]],{{date:2031/12/31}}
[[KR_DRIVER_LICENSE:28-15-004521-60]],[[PERSON:편승호]],1종대형,[[BIRTH_DATE:1969/01/25]],{{date:2026/12/31}}
(공용차량 운전자 등록 명단, 차량관리팀 출력)"""},

{"id": "s6-l03-016", "kind": "xlsx_export", "text": """합계: {{statistic:3건}}
이름(본명)	닉네임	가입일	최근접속IP	비고
[[PERSON:하승민]]	물방울77	{{date:2022-11-04}}	[[IP_ADDRESS:175.223.19.40]]	욕설 댓글 3회
[[PERSON:라윤아]]	yuna_r	{{date:2023-05-21}}	[[IP_ADDRESS:59.10.211.8]]	
[[PERSON:표준영]]	pyo_jy	{{date:2021-01-30}}	[[IP_ADDRESS:fe80::1c2a:5bff:fe19:7d04]]	관리자 제재 {{date:2024-07-11}}
서버 {{version:v3.2.1}} / 마스크 {{subnet_mask:255.255.255.0}}"""},
]
