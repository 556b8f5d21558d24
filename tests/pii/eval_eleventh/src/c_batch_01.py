# Writer c, batch 01: scholarships, student loans, dormitory admission. All values invented. CC0 1.0.
DOCS = [
{"id": "s11-c01-001", "kind": "application_form", "text": """2025년도 상반기 수원시인재육성재단 성적우수 장학생 신청서

성명(한글): [[PERSON:권도윤]]    성명(한자): [[PERSON:權度潤]]
생년월일: [[BIRTH_DATE:2004. 8. 17.]]
주민등록번호: [[KR_RRN:040817-312845?]]
주소: [[KR_ADDRESS:경기도 수원시 권선구 세권로 112, 203동 1504호(권선동, 권선자이e편한세상)]]
휴대전화: [[PHONE_NUMBER:010-4417-2093]]    자택전화: [[PHONE_NUMBER:031-234-8812]]
E-mail: [[EMAIL_ADDRESS:doyun.kwon04@naver.com]]
재학대학: {{org_name:아주대학교}} 경영학과 3학년    학번: [[STUDENT_ID:202231047]]
직전학기 평점평균: {{statistic:4.21/4.5}}
장학금 입금계좌: 농협 [[BANK_ACCOUNT:352-1093-4418-73]] (예금주: [[PERSON:권도윤]])
접수일자: {{date:2025. 3. 4.}}    접수번호: {{receipt_number:SWJ-2025-0318}}"""},

{"id": "s11-c01-002", "kind": "sms", "text": """[Web발신]
[용인시장학재단] [[PERSON:한서진]]님, 2025 드림장학금 서류심사 결과 '선정'되셨습니다. 장학금 {{amount:2,000,000원}}은 {{date:4/25(금)}}까지 등록하신 계좌(신한 [[BANK_ACCOUNT:110-482-913307]])로 입금 예정입니다. 문의 {{public_number:031-324-4231}}"""},

{"id": "s11-c01-003", "kind": "call_memo", "text": """[상담메모] {{date:2025-02-11 14:32}} / 상담 [[PERSON:배수희]]
민원인: [[PERSON:오정민]](본인) 생 [[BIRTH_DATE:'01.11.03]] / 연락처 [[PHONE_NUMBER:010 7720 1586]]
- 취업후상환 학자금대출(ICL) 의무상환액 고지 관련 문의. 귀속연도 소득 기준 상환액 {{amount:1,840,000원}}이 과다하다는 주장
- 본인확인 완료(주민번호 [[KR_RRN:011103-3******]])
- 대출번호 {{case_number:ICL-19-00488127}}, 재단 대표번호 {{public_number:1599-2000}} 안내, 국세청 이관 건이라 홈택스에서 확인하도록 안내함
- 회신 희망시간: 평일 18시 이후"""},

{"id": "s11-c01-004", "kind": "spreadsheet_export", "text": """용인시 청년행복기숙사_2025-1학기_입사자명단.csv
연번,성명,성별,생년월일,학교,학번,본인연락처,보호자연락처,배정호실
1,[[PERSON:남궁예린]],여,[[BIRTH_DATE:2005-01-29]],한국외대(글로벌),[[STUDENT_ID:202502331]],[[PHONE_NUMBER:010-3381-0472]],[[PHONE_NUMBER:010-9918-2240]],{{room_number:A-412}}
2,[[PERSON:탁민혁]],남,[[BIRTH_DATE:2004-06-02]],단국대(죽전),[[STUDENT_ID:32241087]],[[PHONE_NUMBER:01055127730]],[[PHONE_NUMBER:031-896-3301]],{{room_number:B-205}}
3,[[PERSON:Nguyen Thi Lan]],여,[[BIRTH_DATE:2003-12-14]],명지대(자연),[[STUDENT_ID:60232719]],[[PHONE_NUMBER:010-2290-6613]],,{{room_number:A-309}}
4,[[PERSON:편지호]],남,[[BIRTH_DATE:2006-03-08]],강남대,[[STUDENT_ID:2025110982]],[[PHONE_NUMBER:010-6104-3358]],[[PHONE_NUMBER:010-7732-0981]],{{room_number:B-117}}
입사일: {{date:2025-02-28}} / 퇴사 예정일: {{date:2025-06-21}}"""},

{"id": "s11-c01-005", "kind": "scanned_form_ocr", "text": """행 복 기 숙 사   입 사 서 약 서
성   명 : [[PERSON:윤 채 원]]        생년월일 : [[BIRTH_DATE:2OO5년 O3월 21일]]
주   소 : [[KR_ADDRESS:경기 성남시 중원구 광명로3O7번길 12-4, 2O1호]]
보 호 자 : [[PERSON:윤기석]] (부)   연락처 [[PHONE_NUMBER:O1O-5523-8O19]]
차량등록(해당자만) : [[KR_CAR_PLATE:37다 8814]]
본인은 기숙사 생활규칙을 준수하며 위반 시 퇴사 조치에 이의를 제기하지 않을 것을 서약합니다.
                          {{date:2O25. O2. 17.}}
                   서약인  [[PERSON:윤채원]]  (인)"""},

{"id": "s11-c01-006", "kind": "email", "text": """From: [[PERSON:정하람]] <[[EMAIL_ADDRESS:haram_j0512@gmail.com]]>
To: {{public_email:scholarship@snsf.or.kr}}
Date: {{date:Mon, 10 Mar 2025 09:47:12 +0900}}
Subject: [희망디딤돌 장학] 학번 정정 요청드립니다

담당자님 안녕하세요. 2025 희망디딤돌 장학생에 지원한 [[PERSON:정하람]]입니다.
제출한 신청서에 학번을 잘못 적었습니다([[STUDENT_ID:2023-41172]]로 기재). 정확한 학번은 [[STUDENT_ID:2023-41127]] 입니다.
본인 확인용으로 생년월일([[BIRTH_DATE:2004년 5월 12일]])과 연락처([[PHONE_NUMBER:010-8845-0172]]) 같이 적어드립니다.
번거롭게 해드려 죄송합니다.
[[PERSON:정하람]] 드림"""},

{"id": "s11-c01-007", "kind": "kakaotalk", "text": """수원시 장학상담 채널 대화내용 저장
[{{time:오후 3:12}}] 학부모: 안녕하세요 저희 애 [[PERSON:지우]] 다자녀 장학금 신청했는데요 결과 언제 나와요?
[{{time:오후 3:13}}] 상담원: 안녕하세요~ 학생 이름이랑 생년월일 알려주시겠어요?
[{{time:오후 3:15}}] 학부모: [[PERSON:이지우]]요 [[BIRTH_DATE:13년 2월]]생이고 매원초 6학년이에요
[{{time:오후 3:15}}] 학부모: 생일은 [[BIRTH_DATE:2.9]]일이요
[{{time:오후 3:18}}] 상담원: 확인됐습니다. 결과는 {{date:5월 둘째주}} 문자로 안내드려요. 어머님 번호 [[PHONE_NUMBER:010-2238-71**]] 맞으시죠?
[{{time:오후 3:19}}] 학부모: 네 맞아요 감사합니다"""},

{"id": "s11-c01-008", "kind": "complaint_letter", "text": """제목: 학자금 대출 이자 지원 대상 누락 이의신청

성남시장님께. 저는 {{place_name:수정구 신흥동}}에 사는 [[PERSON:마승훈]]입니다({{statistic:만 26세}}, [[BIRTH_DATE:1998.10.30]]생).
작년 하반기 성남시 청년 학자금대출 이자지원을 신청했는데 '대상 아님'으로 통보를 받았습니다. 대출 실행일이 {{date:2021.8.19}}이고 신청 당시 성남시 주민등록이 되어있었는데 왜 제외됐는지 모르겠습니다.
주소: [[KR_ADDRESS:성남시 수정구 수정로 171번길 33 (신흥동) 3층 302호]]
전화: [[PHONE_NUMBER:010.6641.2275]] / 메일 [[EMAIL_ADDRESS:shma98@daum.net]]
첨부: 주민등록초본 1부, 대출확인서 1부"""},

{"id": "s11-c01-009", "kind": "public_notice", "text": """2025년 성남시 대학생 장학금 선발 결과 공고(성적우수 부문)
개인정보 보호를 위해 성명 및 학번 일부를 가립니다.
순번 | 성명 | 학교 | 학번
1 | [[PERSON:김○수]] | 가천대 | [[STUDENT_ID:2021****47]]
2 | [[PERSON:이*영]] | 성균관대 | [[STUDENT_ID:2022*****8]]
3 | [[PERSON:박OO]] | 을지대 | [[STUDENT_ID:20231***]]
4 | [[PERSON:Zhang W**]] | 신구대 | [[STUDENT_ID:2024-3**05]]
※ 장학증서 수여식: {{date:2025. 4. 9.(수) 15:00}}, {{place_name:성남시청 온누리홀}}
※ 문의: 교육청소년과 {{public_number:031-729-3062}}"""},

{"id": "s11-c01-010", "kind": "system_log", "text": """2025-03-05T22:41:07+09:00 INFO  scholar-web apply.submit user=kdy0817 sid=[[STUDENT_ID:202231047]] ip=[[IP_ADDRESS:211.36.142.77]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" app={{version:v2.14.3}}
2025-03-05T22:41:09+09:00 WARN  scholar-web upload.file size=18.2MB reject name=성적증명서.pdf ip=[[IP_ADDRESS:211.36.142.77]]
2025-03-05T22:44:51+09:00 INFO  scholar-web apply.submit user=hsj_0219 sid=[[STUDENT_ID:20210338]] ip=[[IP_ADDRESS:2001:e60:d10a:3c1:5d2f:a7e1:9b04:11c8]] result=OK receipt={{receipt_number:SWJ-2025-0342}}
2025-03-05T22:45:00+09:00 INFO  net.cfg iface=eth0 netmask={{subnet_mask:255.255.255.0}} oid={{oid:1.3.6.1.4.1.2021.10.1}}"""},

{"id": "s11-c01-011", "kind": "application_form", "text": """다자녀 가정 장학금 신청서 (용인시)
■ 신청인(보호자)
  성명 [[PERSON:석지현]]   생년월일 [[BIRTH_DATE:1982.07.04]]   관계: 모
  주소 [[KR_ADDRESS:용인시 기흥구 구갈로 60번길 17, 성원상떼빌 105-803]]
  연락처 [[PHONE_NUMBER:010-5129-6630]]
■ 자녀 현황(셋째 이상 자녀 포함 모두 기재)
  ① [[PERSON:조하윤]] / [[BIRTH_DATE:2008.11.22]] / {{org_name:기흥고}} 2학년
  ② [[PERSON:조하준]] / [[BIRTH_DATE:2011.3.9]] / {{org_name:구갈중}} 1학년
  ③ [[PERSON:조하린]] / [[BIRTH_DATE:2016. 5. 1]] / {{org_name:갈곡초}} 3학년 ← 신청 대상
■ 입금계좌: 국민은행 [[BANK_ACCOUNT:821002-04-117392]] (예금주 [[PERSON:석지현]])
신청일: {{date:2025년 3월 14일}}"""},

{"id": "s11-c01-012", "kind": "call_memo", "text": """전화메모 ({{date:3/18}} 오전) — 받은사람: 교육지원과 [[PERSON:최윤서]] 주무관(직통 [[PHONE_NUMBER:031-8075-3127]])
[[PERSON:허경민]] 학생 아버님 전화. 기숙사 입사 대기순번 문의(대기 {{statistic:7번}}). 학생 생년 [[BIRTH_DATE:2006]]년, 경기외 지역 대학이라 우선순위 밀린 것 맞는지 확인 요청.
콜백 번호 [[PHONE_NUMBER:공일공 삼삼구일 팔칠공이]] → 오후에 회신 예정."""},

{"id": "s11-c01-013", "kind": "application_form", "text": """기숙사비 환불 신청서
학생성명: [[PERSON:변서아]]  학번: [[STUDENT_ID:21-50318]]
생년월일: [[BIRTH_DATE:020419]]  주민번호: [[KR_RRN:020419-4******]]
퇴사사유: 휴학   퇴사일: {{date:2025.04.30}}
환불액: {{amount:₩ 684,000}} (잔여일수 {{statistic:52일}} 일할계산)
환불계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-14-8827019]]
기숙사 관리비 납부 계좌(학교 수입계좌, 환불과 무관): {{public_account:우리 1005-803-771920}}
보호자 연락처: [[PHONE_NUMBER:+82 10-6420-1193]]"""},

{"id": "s11-c01-014", "kind": "official_letter", "text": """{{org_name:수원시인재육성재단}}
수신: [[PERSON:함우진]] 귀하 ([[KR_ADDRESS:16421 경기도 수원시 팔달구 매산로 88-2, 2층]])
제목: 장학금 환수 결정 통지
1. 귀하는 {{date:2024. 9. 2.}} 지급된 희망장학금 수혜자로서 같은 학기 타 기관 장학금 중복수혜가 확인되었습니다.
2. 환수금액: {{amount:금1,500,000원}} / 납부기한: {{date:2025. 5. 31.}}
3. 납부계좌: {{public_account:농협 301-0247-8812-41}} (예금주: {{org_name:수원시인재육성재단}})
문서번호: {{document_number:인재육성-2025-0417}}
※ 등기번호 {{tracking_number:1234567890123}}"""},

{"id": "s11-c01-015", "kind": "application_form", "text": """International Student Scholarship / 외국인 유학생 장학금 신청
Name: [[PERSON:BATBAYAR Enkhjin]] (바트바야르 엥흐진)
Nationality: Mongolia  Date of Birth: [[BIRTH_DATE:14 JUN 2002]]
Passport No.: [[KR_PASSPORT:E1948273]]   외국인등록번호: [[KR_FRN:020614-6273118]]
Student No.: [[STUDENT_ID:B2231507]]
Address in Korea: [[KR_ADDRESS:경기도 용인시 처인구 명지로 116, 명지대학교 3생활관 814호]]
Mobile: [[PHONE_NUMBER:010-3947-2208]]  e-mail: [[EMAIL_ADDRESS:enkhjin.b02@gmail.com]]
Visa: D-2 (유학) 체류기간 만료일: {{date:2026-02-28}}"""},

{"id": "s11-c01-016", "kind": "letter", "text": """추 천 서
피추천인 [[PERSON:노은채]] (생년월일 [[BIRTH_DATE:2007년 1월 3일]]) 학생은 본교 2학년 재학 중으로, 가정 형편이 어려운 중에도 성실히 학업에 임해 왔습니다. 특히 {{date:작년 2학기}}에는 교내 과학탐구대회에서 은상을 수상하였습니다.
은채는 방과후 동생들을 돌보면서도 결석 한 번 없이 생활하였기에 장학생으로 적극 추천합니다.
{{date:2025. 3. 7.}}
{{org_name:수원정보과학고등학교}} 2학년 담임 교사 [[PERSON:우태식]] (연락처 [[PHONE_NUMBER:010-9024-5117]])"""},

{"id": "s11-c01-017", "kind": "spreadsheet_export", "text": """지급일자\t성명\t학교\t지급액\t은행\t계좌번호\t비고
{{date:2025-04-25}}\t[[PERSON:한서진]]\t경희대\t2,000,000\t신한\t[[BANK_ACCOUNT:110-482-913307]]\t
{{date:2025-04-25}}\t[[PERSON:공민재]]\t한신대\t2,000,000\t기업\t[[BANK_ACCOUNT:010-1473928-01-015]]\t
{{date:2025-04-25}}\t[[PERSON:엄다은]]\t수원대\t1,000,000\t우체국\t[[BANK_ACCOUNT:310418-02-227931]]\t분할1차
{{date:2025-04-28}}\t[[PERSON:David Kim]]\t경기대\t1,000,000\t하나\t[[BANK_ACCOUNT:172-910244-56307]]\t계좌오류 재송금"""},

{"id": "s11-c01-018", "kind": "sms", "text": """[용인시청년행복기숙사] [[PERSON:탁민혁]] 학생 {{date:3/21}} 외박 미신고 1회 적발(벌점 {{statistic:3점}}). 누적 10점 시 퇴사. 문의 사감실 {{public_number:031-8021-5500}}"""},
]
